package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.slack.fake.SlackMessage;
import dev.studybot.slack.fake.SlackUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bot over Socket Mode: envelopes in, acks out, answers through response_url and the Web API. */
@DisplayName("Slack in Socket Mode")
class SlackSocketModeTest extends SlackEndToEndContract {
    @Override
    SlackSettings.Mode mode() {
        return SlackSettings.Mode.SOCKET;
    }

    @Test
    @DisplayName(
            "GIVEN the bot started in Socket Mode THEN it checked its token, opened a connection with the app token, and registered the Slack gateway")
    void connected() {
        assertThat(bot.adapter().mode()).isEqualTo(SlackSettings.Mode.SOCKET);
        assertThat(slack.socketMode().openConnections()).isEqualTo(1);
        assertThat(gateways.get(dev.studybot.chat.Platform.SLACK)).isPresent();
    }

    @Test
    @DisplayName(
            "GIVEN a slash_commands envelope for /topic epoll THEN the bot acks that envelope and answers with the notes")
    void topicRoundTripThroughEnvelopes() {
        int before = slack.socketMode().received().size();

        SlackUser.Sent sent = alice.command("/topic", "epoll");

        assertThat(sent.ack().status()).isEqualTo(200);
        assertThat(sent.ack().body().size()).isZero(); // a bare ack: the answer comes by response_url
        assertThat(slack.socketMode()
                        .received()
                        .subList(before, slack.socketMode().received().size()))
                .anySatisfy(frame -> assertThat(frame).contains("envelope_id"));
        assertThat(alice.answer(sent).text()).contains("select存在的问题", "过程");
    }

    @Test
    @DisplayName("GIVEN a slash_commands envelope with Slack's escapes THEN the text is read as the member typed it")
    void slackEscapesAreUndone() {
        SlackMessage answer = alice.answer(alice.command("/topic", "select &amp; poll"));

        assertThat(answer.text()).isNotBlank();
        assertThat(recorder.await("execute", 1, TIMEOUT).get(0).options()).containsEntry("query", "select & poll");
    }
}
