package dev.studybot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.Gateways;
import dev.studybot.slack.fake.FakeSlack;
import dev.studybot.slack.fake.HttpTransport;
import dev.studybot.slack.fake.SlackTransport;
import dev.studybot.slack.fake.SlackUser;
import dev.studybot.slack.fake.SocketTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

/**
 * The Slack adapter started against a {@link FakeSlack}, in Socket Mode or HTTP mode, for any router:
 * the real wiring of a test. Give it the router and gateways of a {@code StudyBot} (or a router of
 * your own), then drive it with {@link #user}.
 */
public final class SlackTestBot implements AutoCloseable {
    private final FakeSlack slack;
    private final SlackAdapter adapter;
    private final SlackTransport transport;

    private SlackTestBot(FakeSlack slack, SlackAdapter adapter, SlackTransport transport) {
        this.slack = slack;
        this.adapter = adapter;
        this.transport = transport;
    }

    /** Starts the adapter in {@code mode} against {@code slack}, the admin group empty. */
    public static SlackTestBot start(
            FakeSlack slack, SlackSettings.Mode mode, CommandRouter router, Gateways gateways) {
        return start(slack, mode, "", router, gateways, Ticker.systemTicker());
    }

    static SlackTestBot start(
            FakeSlack slack,
            SlackSettings.Mode mode,
            String adminGroup,
            CommandRouter router,
            Gateways gateways,
            Ticker ticker) {
        if (mode == SlackSettings.Mode.SOCKET) {
            SlackSettings settings =
                    new SlackSettings(slack.apiUrl(), 0, adminGroup, FakeSlack.BOT_TOKEN, FakeSlack.APP_TOKEN, "");
            SlackAdapter adapter = SlackAdapter.start(settings, router, gateways, ticker);
            slack.socketMode().awaitConnected(Duration.ofSeconds(15));
            return new SlackTestBot(slack, adapter, new SocketTransport(slack.socketMode()));
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            SlackSettings settings = new SlackSettings(
                    slack.apiUrl(), freePort(), adminGroup, FakeSlack.BOT_TOKEN, "", FakeSlack.SIGNING_SECRET);
            try {
                SlackAdapter adapter = SlackAdapter.start(settings, router, gateways, ticker);
                URI events = URI.create("http://127.0.0.1:" + adapter.httpPort() + SlackHttpServer.PATH);
                return new SlackTestBot(slack, adapter, new HttpTransport(events, FakeSlack.SIGNING_SECRET));
            } catch (IllegalStateException e) {
                last = e; // another process took the port between the probe and the bind: try another
            }
        }
        throw last;
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public FakeSlack slack() {
        return slack;
    }

    public SlackAdapter adapter() {
        return adapter;
    }

    /** How events reach the bot: signed HTTP, or Socket Mode envelopes. */
    public SlackTransport transport() {
        return transport;
    }

    /** A member in {@code #general} ({@code C0GENERAL}); add them to the fake first for users.info. */
    public SlackUser user(String userId, String userName) {
        return new SlackUser(slack, transport, userId, userName, "C0GENERAL");
    }

    @Override
    public void close() {
        adapter.close();
    }
}
