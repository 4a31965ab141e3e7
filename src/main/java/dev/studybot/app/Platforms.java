package dev.studybot.app;

import dev.studybot.slack.SlackAdapter;
import dev.studybot.slack.SlackSettings;
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

    private final SlackSettings slack;

    private Platforms(SlackSettings slack) {
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
        return new Platforms(slackWanted ? slack : null);
    }

    /** Starts every configured platform; stops those already started if one fails. */
    Running start(StudyBot bot) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
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
