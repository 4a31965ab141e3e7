package dev.studybot.discord;

import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.Platform;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: connects with JDA (one session, or a {@code DefaultShardManager} running this
 * process's shard range), registers the router's commands as slash commands, answers interactions
 * through the router and registers the {@link Platform#DISCORD} gateway the core posts through. Only
 * the non-privileged {@code GUILDS} intent is used; no message content is read.
 *
 * <pre>{@code
 * try (DiscordAdapter discord = DiscordAdapter.start(settings, bot.router(), bot.gateways())) {
 *     discord.awaitReady(Duration.ofMinutes(2));
 *     ... // run until the process is told to stop
 * }
 * }</pre>
 */
public final class DiscordAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    /**
     * No optional intent: JDA always asks for {@code GUILDS} (guilds, roles and channels, for posting
     * and for admin checks); interactions come regardless of intents.
     */
    static final Set<GatewayIntent> INTENTS = EnumSet.noneOf(GatewayIntent.class);

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    /**
     * Threads that run commands, button presses and autocomplete. They mostly wait, above all for the
     * commit that holds a member's answer; answers waiting together share one commit, so this is also
     * how many a commit can carry (as on Slack: {@code SlackAdapter.WORKERS}). Started as needed.
     */
    static final int WORKERS = 64;

    private final DiscordSettings settings;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Lifecycle lifecycle;
    private final DiscordConnection connection;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DiscordAdapter(DiscordSettings settings, CommandRouter router, Gateways gateways, DiscordTimings timings) {
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(WORKERS, threads("studybot-discord-worker"));
        this.timers = Executors.newSingleThreadScheduledExecutor(threads("studybot-discord-timer"));
        List<SlashCommandData> commands = SlashCommands.from(router.specs(), router.messages());
        int shardCount = settings.sharded() ? settings.lastShard() - settings.firstShard() + 1 : 1;
        this.lifecycle = new Lifecycle(settings.devGuild(), commands, shardCount);
        InteractionHandler interactions = new InteractionHandler(router, timings, workers, timers);
        try {
            this.connection = connect(settings, interactions, lifecycle);
        } catch (RuntimeException e) {
            workers.shutdownNow();
            timers.shutdownNow();
            throw e;
        }
        gateways.register(
                Platform.DISCORD, new DiscordGateway(connection, timings.postTimeout(), ShardRange.of(settings)));
        log.info("Discord adapter started: {}", settings);
    }

    /**
     * Connects to Discord and starts serving the router's commands; returns once the token is
     * accepted, while the gateway connects in the background (see {@link #awaitReady}).
     *
     * @throws IllegalStateException when Discord refuses the token or cannot be reached
     */
    public static DiscordAdapter start(DiscordSettings settings, CommandRouter router, Gateways gateways) {
        return start(settings, router, gateways, DiscordTimings.DEFAULT);
    }

    static DiscordAdapter start(
            DiscordSettings settings, CommandRouter router, Gateways gateways, DiscordTimings timings) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(gateways, "gateways");
        Objects.requireNonNull(timings, "timings");
        return new DiscordAdapter(settings, router, gateways, timings);
    }

    private static DiscordConnection connect(
            DiscordSettings settings, InteractionHandler interactions, Lifecycle lifecycle) {
        try {
            if (settings.sharded()) {
                DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                        .setShardsTotal(settings.shards())
                        .setShards(settings.firstShard(), settings.lastShard())
                        .addEventListeners(interactions, lifecycle);
                if (!settings.apiUrl().isEmpty()) {
                    builder.setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()));
                }
                if (!settings.gatewayUrl().isEmpty()) {
                    builder.setSessionController(new EndpointSessionController(settings.gatewayUrl()))
                            .setCompression(Compression.NONE)
                            .setGatewayEncoding(GatewayEncoding.JSON);
                }
                return new DiscordConnection.Sharded(builder.build());
            }
            JDABuilder builder =
                    JDABuilder.createLight(settings.token(), INTENTS).addEventListeners(interactions, lifecycle);
            if (!settings.apiUrl().isEmpty()) {
                builder.setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()));
            }
            if (!settings.gatewayUrl().isEmpty()) {
                builder.setSessionController(new EndpointSessionController(settings.gatewayUrl()))
                        .setCompression(Compression.NONE)
                        .setGatewayEncoding(GatewayEncoding.JSON);
            }
            return new DiscordConnection.Single(builder.build());
        } catch (InvalidTokenException e) {
            throw new IllegalStateException(
                    "Discord refused the bot token (DISCORD_TOKEN); copy it again from the Discord developer portal.");
        } catch (RuntimeException e) {
            // JDA's own messages hold no token; redact anyway, as this one reaches the console
            throw new IllegalStateException(
                    "Cannot connect to Discord (" + e.getClass().getSimpleName() + ": "
                            + redact(e.getMessage(), settings.token()) + "); check the network and discord.apiUrl.");
        }
    }

    private static String redact(String message, String token) {
        return message == null ? "" : message.replace(token, "(token)");
    }

    /** Waits until every session of this process has connected once; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return lifecycle.ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether every session of this process is connected right now. */
    public boolean connected() {
        return connection.connected();
    }

    /** The sessions this process runs (one, or its shard range). */
    List<JDA> shards() {
        return connection.shards();
    }

    DiscordSettings settings() {
        return settings;
    }

    /** Disconnects from Discord; interactions in flight get their answers if they come within seconds. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("Discord adapter stopping");
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.shutdown(SHUTDOWN_WAIT);
        workers.shutdownNow();
        timers.shutdownNow();
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Registers the commands once connected, and logs the sessions' ups and downs. */
    static final class Lifecycle extends ListenerAdapter {
        private final String devGuild;
        private final List<SlashCommandData> commands;
        private final CountDownLatch ready;
        private final Set<Integer> readyShards = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean registering = new AtomicBoolean();

        Lifecycle(String devGuild, List<SlashCommandData> commands, int shards) {
            this.devGuild = devGuild;
            this.commands = List.copyOf(commands);
            this.ready = new CountDownLatch(shards);
        }

        @Override
        public void onReady(ReadyEvent event) {
            JDA jda = event.getJDA();
            log.info(
                    "connected to Discord as {} ({}), {} guilds",
                    jda.getSelfUser().getName(),
                    jda.getShardInfo().getShardString(),
                    event.getGuildTotalCount());
            if (devGuild.isEmpty()) {
                registerGlobally(jda);
            } else {
                Guild guild = jda.getGuildById(devGuild);
                if (guild != null) {
                    registerIn(guild);
                }
            }
            if (readyShards.add(jda.getShardInfo().getShardId())) {
                ready.countDown();
            }
        }

        @Override
        public void onGuildJoin(GuildJoinEvent event) {
            if (event.getGuild().getId().equals(devGuild)) {
                registerIn(event.getGuild());
            }
        }

        @Override
        public void onGuildReady(GuildReadyEvent event) {
            if (event.getGuild().getId().equals(devGuild) && event.getJDA().getStatus() == JDA.Status.CONNECTED) {
                registerIn(event.getGuild());
            }
        }

        @Override
        public void onSessionDisconnect(SessionDisconnectEvent event) {
            log.warn(
                    "Discord session {} lost ({}); JDA reconnects",
                    event.getJDA().getShardInfo().getShardString(),
                    event.getCloseCode() == null ? "no close code" : event.getCloseCode());
        }

        @Override
        public void onSessionResume(SessionResumeEvent event) {
            log.info("Discord session {} resumed", event.getJDA().getShardInfo().getShardString());
        }

        @Override
        public void onSessionRecreate(SessionRecreateEvent event) {
            log.info(
                    "Discord session {} recreated",
                    event.getJDA().getShardInfo().getShardString());
        }

        private void registerGlobally(JDA jda) {
            if (!registering.compareAndSet(false, true)) {
                return;
            }
            jda.updateCommands()
                    .addCommands(commands)
                    .queue(
                            registered -> log.info("registered {} slash commands globally", registered.size()),
                            failure -> {
                                registering.set(false);
                                log.error("Discord refused the slash commands: {}", failure.toString());
                            });
        }

        private void registerIn(Guild guild) {
            if (!registering.compareAndSet(false, true)) {
                return;
            }
            guild.updateCommands()
                    .addCommands(commands)
                    .queue(
                            registered -> log.info(
                                    "registered {} slash commands in guild {} ({})",
                                    registered.size(),
                                    guild.getName(),
                                    guild.getId()),
                            failure -> {
                                registering.set(false);
                                log.error(
                                        "Discord refused the slash commands for guild {}: {}",
                                        guild.getId(),
                                        failure.toString());
                            });
        }
    }
}
