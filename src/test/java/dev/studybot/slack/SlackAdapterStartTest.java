package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.app.StudyBot;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.Platform;
import dev.studybot.slack.fake.FakeSlack;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackAdapterStartTest {
    private FakeSlack slack;
    private StudyBot services;

    @BeforeAll
    void start() {
        slack = FakeSlack.start();
        services = new StudyBot(dev.studybot.TestConfigs.isolated(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        services.close();
        slack.close();
    }

    @Test
    @DisplayName(
            "GIVEN a bot token Slack refuses WHEN HTTP mode starts THEN it fails with a sentence that names the error, not the token, and registers nothing")
    void badBotToken() {
        String token = "xoxb-not-the-right-token-12345";
        Gateways gateways = new Gateways();
        SlackSettings settings = new SlackSettings(slack.apiUrl(), 1, "", token, "", FakeSlack.SIGNING_SECRET);

        assertThatThrownBy(() -> SlackAdapter.start(settings, services.router(), gateways))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid_auth")
                .hasMessageNotContaining(token);
        assertThat(gateways.get(Platform.SLACK)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN an app token Slack refuses WHEN Socket Mode starts THEN it fails without showing the token")
    void badAppToken() {
        String token = "xapp-1-not-the-right-token-999";
        SlackSettings settings = new SlackSettings(slack.apiUrl(), 0, "", FakeSlack.BOT_TOKEN, token, "");

        assertThatThrownBy(() -> SlackAdapter.start(settings, services.router(), new Gateways()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Socket Mode")
                .hasMessageNotContaining(token);
    }

    @Test
    @DisplayName("GIVEN settings for neither mode THEN start says what is missing")
    void noMode() {
        SlackSettings settings = new SlackSettings("", 0, "", FakeSlack.BOT_TOKEN, "", FakeSlack.SIGNING_SECRET);

        assertThatThrownBy(() -> SlackAdapter.start(settings, services.router(), new Gateways()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STUDYBOT_SLACK_HTTP_PORT");
    }
}
