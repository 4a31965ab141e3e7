package dev.studybot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Platform;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Slack: start it with {@link #start}, stop it with {@link #close}. In Socket Mode it opens
 * a WebSocket to Slack (no public URL needed); in HTTP mode it serves {@code /slack/events} on the
 * configured port. Either way every command of the router is a slash command, replies are Block Kit,
 * and the {@link ChatGateway} for {@link Platform#SLACK} is registered so the core can post the daily
 * quiz.
 */
public final class SlackAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    /**
     * Threads that run commands and button presses. They spend most of their time waiting: for the
     * commit that holds a member's answer, then for Slack to take the confirmation. Answers waiting
     * together share one commit, so this is also how many answers a commit can carry: on SQLite 16
     * callers reached about half the batched ceiling, 64 about three quarters (BENCHMARKS.md).
     */
    public static final int WORKERS = 64;
    /** The HTTP threads only verify, parse and ack (the work runs on the workers): a few per core is plenty. */
    static final int HTTP_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private final SlackSettings.Mode mode;
    private final Slack slack;
    private final ExecutorService workers;
    private final SlackChatGateway gateway;
    private final SlackHttpServer http;
    private final SocketModeApp socket;

    private SlackAdapter(
            SlackSettings.Mode mode,
            Slack slack,
            ExecutorService workers,
            SlackChatGateway gateway,
            SlackHttpServer http,
            SocketModeApp socket) {
        this.mode = mode;
        this.slack = slack;
        this.workers = workers;
        this.gateway = gateway;
        this.http = http;
        this.socket = socket;
    }

    /**
     * Connects to Slack in the mode the settings allow (Socket Mode first), registers the Slack gateway
     * in {@code gateways}, and returns a handle to stop it.
     *
     * @throws IllegalStateException with one sentence (never a secret) when the settings allow no mode,
     *     the bot token is refused, or Slack cannot be reached
     */
    public static SlackAdapter start(SlackSettings settings, CommandRouter router, Gateways gateways) {
        return start(settings, router, gateways, Ticker.systemTicker());
    }

    static SlackAdapter start(SlackSettings settings, CommandRouter router, Gateways gateways, Ticker ticker) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(gateways, "gateways");
        SlackSettings.Mode mode = settings.mode();
        if (mode == SlackSettings.Mode.NONE) {
            throw new IllegalStateException(settings.whyNone());
        }
        // Slack reserves some names (/topic): help and refusals must say /study-topic there
        router.nameCommands(dev.studybot.chat.Platform.SLACK, SlackCommandNames::slackName);
        Secrets secrets = new Secrets(settings.botToken(), settings.appToken(), settings.signingSecret());
        SlackConfig slackConfig = new SlackConfig();
        if (!settings.apiUrl().isEmpty()) {
            slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        }
        // the rate-limit statistics would call auth.test per token and start threads we do not use
        slackConfig.setStatsEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers =
                new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "slack-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        SlackHttpServer http = null;
        SocketModeApp socket = null;
        try {
            SlackWebApi api = new SlackWebApi(slack.methods(settings.botToken()), secrets);
            SlackReplies replies = new SlackReplies(slack, api, secrets);
            SlackMembers members = new SlackMembers(api, settings.adminGroup(), ticker);
            SlackHandlers handlers =
                    new SlackHandlers(router, members, replies, new Messages(List.of("i18n/slack")), workers);
            AppConfig appConfig = AppConfig.builder()
                    .slack(slack)
                    .singleTeamBotToken(settings.botToken())
                    .signingSecret(mode == SlackSettings.Mode.HTTP ? settings.signingSecret() : null)
                    .build();
            App app = new App(appConfig);
            handlers.register(app);
            SlackChatGateway gateway = new SlackChatGateway(replies);
            if (mode == SlackSettings.Mode.SOCKET) {
                socket = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
                socket.startAsync(); // auth.test, apps.connections.open, then the WebSocket
                log.info("Slack: connected in Socket Mode");
            } else {
                app.start(); // auth.test: refuses a bad bot token before we listen
                http = new SlackHttpServer(
                        app, settings.httpPort(), HTTP_THREADS, settings.signingSecret(), workers, handlers::click);
                http.start();
                log.info("Slack: HTTP mode on port {} at {}", http.port(), SlackHttpServer.PATH);
            }
            gateways.register(Platform.SLACK, gateway);
            return new SlackAdapter(mode, slack, workers, gateway, http, socket);
        } catch (Exception e) {
            String reason = secrets.scrub(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.debug("Slack start failed", new IllegalStateException(secrets.scrub(String.valueOf(e))));
            if (http != null) {
                http.close();
            }
            stopSocket(socket);
            workers.shutdownNow();
            closeQuietly(slack);
            throw new IllegalStateException("Slack could not start (" + mode + " mode): " + reason, null);
        }
    }

    /** Socket Mode or HTTP mode. */
    public SlackSettings.Mode mode() {
        return mode;
    }

    /** The port HTTP mode listens on, or -1 in Socket Mode. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** The gateway registered for {@link Platform#SLACK}. */
    public ChatGateway gateway() {
        return gateway;
    }

    /** Stops listening, lets running work finish for a few seconds, and closes the connections. */
    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
        stopSocket(socket);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        closeQuietly(slack);
        log.info("Slack: stopped");
    }

    private static void stopSocket(SocketModeApp socket) {
        if (socket == null) {
            return;
        }
        try {
            SocketModeClient client = socket.getClient();
            if (client != null) {
                client.close(); // also stops its message and session-monitor threads
            }
            socket.close();
        } catch (Exception e) {
            log.warn(
                    "closing the Socket Mode connection failed: {}",
                    e.getClass().getSimpleName());
        }
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client failed", e);
        }
    }
}
