package dev.studybot.app;

import dev.studybot.discord.DiscordAdapter;
import dev.studybot.discord.DiscordSettings;
import dev.studybot.slack.SlackAdapter;
import dev.studybot.slack.SlackSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which platforms this process connects to, decided from the tokens in the environment before
 * anything starts, so a half-configured platform stops start-up with one sentence instead of
 * failing later.
 */
final class Platforms {
    private static final Logger log = LoggerFactory.getLogger(Platforms.class);

    private final DiscordSettings discord;
    private final SlackSettings slack;

    private Platforms(DiscordSettings discord, SlackSettings slack) {
        this.discord = discord;
        this.slack = slack;
    }

    /** Checks the tokens: every platform with some of its secrets set must have all it needs. */
    static Platforms check(StudybotConfig config, PlatformTokens tokens, Map<String, String> env) {
        SlackSettings slack = SlackSettings.from(config.slack(), env);
        boolean slackWanted = !tokens.slackBot().isEmpty()
                || !tokens.slackApp().isEmpty()
                || !tokens.slackSigningSecret().isEmpty();
        if (slackWanted && slack.mode() == SlackSettings.Mode.NONE) {
            throw new ConfigException(slack.whyNone());
        }
        DiscordSettings discord =
                tokens.discordEnabled() ? DiscordSettings.from(config.discord(), tokens.discord()) : null;
        return new Platforms(discord, slackWanted ? slack : null);
    }

    /** Starts every configured platform; stops those already started if one fails. */
    Running start(StudyBot bot) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            if (discord != null) {
                DiscordAdapter adapter = DiscordAdapter.start(discord, bot.router(), bot.gateways());
                started.add(adapter);
                try {
                    if (adapter.awaitReady(Duration.ofMinutes(2))) {
                        log.info("Discord connected");
                    } else {
                        log.warn("Discord is still connecting after two minutes; JDA keeps trying");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (slack != null) {
                started.add(SlackAdapter.start(slack, bot.router(), bot.gateways()));
                log.info("Slack connected in {} mode", slack.mode());
            }
        } catch (RuntimeException e) {
            new Running(started).close();
            throw e;
        }
        return new Running(started);
    }

    /** The started platforms; closing disconnects them all. */
    record Running(List<AutoCloseable> adapters) implements AutoCloseable {
        @Override
        public void close() {
            for (AutoCloseable adapter : adapters) {
                try {
                    adapter.close();
                } catch (Exception e) {
                    log.warn("closing {} failed", adapter.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
