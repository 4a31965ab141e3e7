package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.app.StudybotConfig;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
    static final String BOT = "xoxb-111-secret-bot";
    static final String APP = "xapp-1-secret-app";
    static final String SIGNING = "0123456789abcdef-signing";

    @Test
    @DisplayName("toString says whether secrets are set, never what they are")
    void toStringHidesSecrets() {
        SlackSettings settings = new SlackSettings("http://localhost:1/api/", 3000, "S1", BOT, APP, SIGNING);

        assertThat(settings.toString())
                .doesNotContain(BOT, APP, SIGNING)
                .contains("botToken=set", "appToken=set", "signingSecret=set", "mode=SOCKET");
    }

    @Test
    @DisplayName(
            "Socket Mode with app and bot tokens; HTTP mode with secret, bot token and port; else none, with a reason")
    void modes() {
        assertThat(new SlackSettings("", 0, "", BOT, APP, "").mode()).isEqualTo(SlackSettings.Mode.SOCKET);
        assertThat(new SlackSettings("", 3000, "", BOT, "", SIGNING).mode()).isEqualTo(SlackSettings.Mode.HTTP);
        SlackSettings noPort = new SlackSettings("", 0, "", BOT, "", SIGNING);
        assertThat(noPort.mode()).isEqualTo(SlackSettings.Mode.NONE);
        assertThat(noPort.whyNone()).contains("STUDYBOT_SLACK_HTTP_PORT");
        assertThat(new SlackSettings("", 3000, "", "", APP, SIGNING).whyNone()).contains("SLACK_BOT_TOKEN");
    }

    @Test
    @DisplayName("from the config section and the environment")
    void fromConfigAndEnv() {
        SlackSettings settings = SlackSettings.from(
                new StudybotConfig.Slack("http://127.0.0.1:9/api/", 8080, "@leads"),
                Map.of("SLACK_BOT_TOKEN", " " + BOT + " ", "SLACK_SIGNING_SECRET", SIGNING));

        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.adminGroup()).isEqualTo("@leads");
        assertThat(settings.botToken()).isEqualTo(BOT);
        assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.HTTP);
    }

    @Test
    @DisplayName("a bad port or API URL is refused with the value named")
    void checks() {
        assertThatThrownBy(() -> new SlackSettings("", 70000, "", BOT, "", "")).hasMessageContaining("70000");
        assertThatThrownBy(() -> new SlackSettings("ftp://x", 0, "", BOT, "", ""))
                .hasMessageContaining("ftp://x");
    }
}
