package dev.studybot.discord;

import dev.studybot.app.ConfigLoader;
import dev.studybot.app.StudyBot;
import dev.studybot.app.StudybotConfig;
import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.Choice;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.LocaleResolver;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import dev.studybot.discord.fake.FakeChannel;
import dev.studybot.discord.fake.FakeDiscord;
import dev.studybot.discord.fake.FakeGuild;
import dev.studybot.discord.fake.FakeMember;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real bot wiring ({@link StudyBot}, configured through the environment variables the design
 * names) with the Discord adapter, connected to a {@link FakeDiscord} on loopback. End-to-end tests
 * start one, act through {@link #discord()} as members, and read what the bot did there.
 *
 * <p>Extra commands (test-only, or features not wired yet) are served beside the real ones through a
 * router that hands every real command to the bot's own router untouched.
 */
public final class DiscordTestBot implements AutoCloseable {
    /** How long a test waits for anything the bot does: generous for a loaded machine. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    /** The key the test bot signs component ids with, so tests can make ids of their own. */
    public static final String SECRET = "discord-e2e-test-secret-0123456789";

    private final FakeDiscord discord;
    private final StudyBot bot;
    private final CommandRouter router;
    private final DiscordAdapter adapter;

    private DiscordTestBot(Builder builder) {
        this.discord = FakeDiscord.start(builder.guilds);
        try {
            builder.fakeSetup.accept(discord);
            Map<String, String> env = new HashMap<>();
            env.put("STUDYBOT_DISCORD_API_URL", discord.apiUrl());
            env.put("STUDYBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
            env.put("STUDYBOT_ROADMAP_RELOAD_SECONDS", "0");
            env.put("STUDYBOT_BOT_SECRET", SECRET);
            if (builder.devGuild) {
                env.put("STUDYBOT_DISCORD_DEV_GUILD", discord.guild().id());
            }
            if (builder.shards > 0) {
                env.put("STUDYBOT_DISCORD_SHARDS", Integer.toString(builder.shards));
                env.put("STUDYBOT_DISCORD_SHARD_RANGE", builder.shardRange);
            }
            env.putAll(builder.env);
            StudybotConfig config = new ConfigLoader(dev.studybot.TestConfigs.environment(env)).load(Optional.empty());
            this.bot = new StudyBot(config, builder.clock);
            this.router = builder.extraCommands.isEmpty() ? bot.router() : withExtras(bot, builder.extraCommands);
            this.adapter = DiscordAdapter.start(
                    DiscordSettings.from(config.discord(), discord.token()), router, bot.gateways(), builder.timings);
        } catch (RuntimeException | Error e) {
            discord.close();
            throw e;
        }
    }

    /** A bot on one fresh fake Discord, commands registered globally, ready to take interactions. */
    public static DiscordTestBot start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What to start. */
    public static final class Builder {
        private final List<Command> extraCommands = new ArrayList<>();
        private DiscordTimings timings = DiscordTimings.DEFAULT;
        private boolean devGuild;
        private int guilds = 1;
        private int shards;
        private String shardRange = "";
        private java.util.function.Consumer<FakeDiscord> fakeSetup = discord -> {};
        private boolean awaitReady = true;
        private final Map<String, String> env = new HashMap<>();
        private Clock clock = Clock.systemUTC();

        /** Sets a configuration variable, such as {@code STUDYBOT_DB_URL} for a database of the test's own. */
        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** The bot's clock, which tests move to run the daily quiz. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Serves these commands beside the bot's own. */
        public Builder extraCommands(Command... commands) {
            extraCommands.addAll(List.of(commands));
            return this;
        }

        Builder timings(DiscordTimings value) {
            this.timings = value;
            return this;
        }

        /** Registers commands in the first guild (discord.devGuild) instead of globally. */
        public Builder devGuild() {
            this.devGuild = true;
            return this;
        }

        /** Runs under a shard manager: {@code total} shards, this process running {@code range}. */
        public Builder shards(int total, String range, int guildCount) {
            this.shards = total;
            this.shardRange = range;
            this.guilds = guildCount;
            return this;
        }

        /** Adjusts the fake before the bot connects. */
        public Builder fake(java.util.function.Consumer<FakeDiscord> setup) {
            this.fakeSetup = setup;
            return this;
        }

        /** Returns as soon as the adapter started, without waiting for the sessions and commands. */
        public Builder noWait() {
            this.awaitReady = false;
            return this;
        }

        public DiscordTestBot start() {
            DiscordTestBot testBot = new DiscordTestBot(this);
            if (awaitReady) {
                try {
                    testBot.awaitReady();
                } catch (RuntimeException | Error e) {
                    testBot.close();
                    throw e;
                }
            }
            return testBot;
        }
    }

    /** Waits until every session is connected and the commands are registered. */
    public void awaitReady() {
        int sessions = adapter.settings().sharded()
                ? adapter.settings().lastShard() - adapter.settings().firstShard() + 1
                : 1;
        discord.awaitSessions(sessions, WAIT);
        try {
            if (!adapter.awaitReady(WAIT)) {
                throw new AssertionError("the adapter did not report ready within " + WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        discord.awaitCommands(adapter.settings().devGuild().isEmpty() ? null : discord.guild(), WAIT);
    }

    public FakeDiscord discord() {
        return discord;
    }

    public StudyBot bot() {
        return bot;
    }

    /** The router the adapter serves (the bot's own, or one with the extra commands). */
    public CommandRouter router() {
        return router;
    }

    public DiscordAdapter adapter() {
        return adapter;
    }

    /** The gateway the adapter registered for Discord: how the core posts on its own. */
    public ChatGateway gateway() {
        return bot.gateways().get(Platform.DISCORD).orElseThrow();
    }

    public FakeGuild guild() {
        return discord.guild();
    }

    public FakeChannel general() {
        return guild().channel("general");
    }

    public FakeChannel quiz() {
        return guild().channel("quiz");
    }

    /** A moderator with Manage Server, client in zh-CN. */
    public FakeMember alice() {
        return guild().member("alice");
    }

    /** A member, client in en-US. */
    public FakeMember bob() {
        return guild().member("bob");
    }

    /** A member, client in zh-CN. */
    public FakeMember carol() {
        return guild().member("carol");
    }

    @Override
    public void close() {
        try {
            if (adapter != null) {
                adapter.close();
            }
        } finally {
            try {
                if (bot != null) {
                    bot.close();
                }
            } finally {
                discord.close();
            }
        }
    }

    private static CommandRouter withExtras(StudyBot bot, List<Command> extras) {
        List<Command> commands = new ArrayList<>();
        for (CommandSpec spec : bot.router().specs()) {
            commands.add(new Delegating(spec, bot.router()));
        }
        commands.addAll(extras);
        return new CommandRouter(
                commands,
                bot.messages(),
                bot.codec(),
                LocaleResolver.memberOr(bot.config().bot().locale()));
    }

    /** One of the bot's own commands, handed to the bot's own router as it came. */
    private record Delegating(CommandSpec spec, CommandRouter inner) implements Command {
        @Override
        public Reply execute(CommandRequest request) {
            return inner.dispatch(request);
        }

        @Override
        public Reply onComponent(ComponentRequest request, ComponentId id) {
            return inner.press(request);
        }

        @Override
        public List<Choice> autocomplete(AutocompleteRequest request) {
            return inner.autocomplete(request);
        }
    }
}
