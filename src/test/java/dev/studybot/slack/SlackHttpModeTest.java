package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.slack.fake.FakeSlack;
import dev.studybot.slack.fake.HttpTransport;
import dev.studybot.slack.fake.SlackPayloads;
import dev.studybot.slack.fake.SlackSigner;
import dev.studybot.slack.fake.SlackTransport;
import dev.studybot.slack.fake.SlackUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bot over HTTP mode: real signed requests to /slack/events. */
@DisplayName("Slack in HTTP mode")
class SlackHttpModeTest extends SlackEndToEndContract {
    @Override
    SlackSettings.Mode mode() {
        return SlackSettings.Mode.HTTP;
    }

    private HttpTransport http() {
        return (HttpTransport) bot.transport();
    }

    private String topicEpollBody(String userId) {
        return HttpTransport.form(SlackPayloads.slashCommand(
                new SlackPayloads.Where(
                        FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN, "C0GENERAL", "general", userId, "mallory"),
                "/topic",
                "epoll",
                slack.newResponseUrl()));
    }

    @Test
    @DisplayName(
            "GIVEN a request signed with another secret WHEN it reaches /slack/events THEN it gets 401 and nothing else happens")
    void forgedSignatureIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        String body = topicEpollBody("U0ALICE");

        SlackTransport.Ack ack = http().post(body, String.valueOf(now), SlackSigner.sign("not-the-secret", now, body));

        assertThat(ack.status()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    @DisplayName(
            "GIVEN a correctly signed request six minutes old WHEN it reaches /slack/events THEN it gets 401 and nothing else happens")
    void staleTimestampIsRefused() {
        long stale = System.currentTimeMillis() / 1000 - 6 * 60;
        String body = topicEpollBody("U0ALICE");

        SlackTransport.Ack ack =
                http().post(body, String.valueOf(stale), SlackSigner.sign(FakeSlack.SIGNING_SECRET, stale, body));

        assertThat(ack.status()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    @DisplayName(
            "GIVEN a button click signed with another secret or too old THEN it gets 401 and reaches nothing, though clicks are acknowledged early")
    void forgedAndStaleClicksAreRefused() throws Exception {
        String ts = gateway().post(channel(), quiz.question("q20"));
        slack.clear();
        String actionId = quiz.question("q20").buttons().get(0).id();
        String body = "payload="
                + java.net.URLEncoder.encode(
                        SlackPayloads.buttonClick(
                                        new SlackPayloads.Where(
                                                FakeSlack.TEAM_ID,
                                                FakeSlack.TEAM_DOMAIN,
                                                "C0QUIZ",
                                                "quiz",
                                                "U0ALICE",
                                                "alice"),
                                        ts,
                                        false,
                                        actionId,
                                        "A. make",
                                        slack.newResponseUrl())
                                .toString(),
                        java.nio.charset.StandardCharsets.UTF_8);
        long now = System.currentTimeMillis() / 1000;
        long stale = now - 6 * 60;

        SlackTransport.Ack forged =
                http().post(body, String.valueOf(now), SlackSigner.sign("not-the-secret", now, body));
        SlackTransport.Ack old =
                http().post(body, String.valueOf(stale), SlackSigner.sign(FakeSlack.SIGNING_SECRET, stale, body));
        SlackTransport.Ack unsigned = http().post(body, null, null);

        assertThat(forged.status()).isEqualTo(401);
        assertThat(old.status()).isEqualTo(401);
        assertThat(unsigned.status()).isEqualTo(401);
        assertNothingHappened();
        assertThat(quiz.answers).doesNotContainKey("q20/U0ALICE");
    }

    @Test
    @DisplayName("GIVEN a request without signature headers THEN it gets 401 and nothing else happens")
    void unsignedIsRefused() {
        SlackTransport.Ack ack = http().post(topicEpollBody("U0ALICE"), null, null);

        assertThat(ack.status()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    @DisplayName("GIVEN a signed body that was altered on the way THEN it gets 401")
    void alteredBodyIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        String body = topicEpollBody("U0ALICE");
        String signature = SlackSigner.sign(FakeSlack.SIGNING_SECRET, now, body);

        SlackTransport.Ack ack = http().post(body.replace("epoll", "admin"), String.valueOf(now), signature);

        assertThat(ack.status()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    @DisplayName("GIVEN other paths and methods THEN the server answers 404 and 405 and runs nothing")
    void otherPathsAndMethods() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + bot.adapter().httpPort();
        HttpResponse<String> get = client.send(
                HttpRequest.newBuilder(URI.create(base + SlackHttpServer.PATH))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = client.send(
                HttpRequest.newBuilder(URI.create(base + "/other"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(other.statusCode()).isEqualTo(404);
        assertNothingHappened();
    }

    @Test
    @DisplayName("GIVEN a signed slash command THEN the ack is an empty 200 well within Slack's three seconds")
    void ackIsQuick() {
        SlackUser.Sent sent = alice.command("/topic", "epoll");

        assertThat(sent.ack().status()).isEqualTo(200);
        assertThat(sent.ack().body().asText()).isEmpty();
        assertThat(sent.ack().nanos()).isLessThan(3_000_000_000L);
        assertThat(alice.answer(sent).text()).contains("过程");
    }

    /** The request was refused before any listener: no command, no Web API call, no answer. */
    private void assertNothingHappened() {
        assertThat(recorder.all()).isEmpty();
        assertThat(slack.calls()).isEmpty();
        assertThat(slack.responses()).isEmpty();
        // and a good request after it is served normally, so the bot is still up
        SlackUser.Sent after = alice.command("/topic", "epoll");
        assertThat(alice.answer(after).text()).contains("过程");
        assertThat(recorder.of("execute")).hasSize(1);
    }
}
