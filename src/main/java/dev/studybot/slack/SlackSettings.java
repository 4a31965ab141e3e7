package dev.studybot.slack;

import dev.studybot.app.StudybotConfig;
import java.util.Map;
import java.util.Objects;

/**
 * What the Slack adapter needs: the {@code slack:} section of the config plus the three secrets from
 * the environment. {@link #toString()} says only whether a secret is set, so a token cannot reach a
 * log through this record.
 *
 * @param apiUrl the Web API prefix ({@code http://host:port/api/}), or empty for Slack itself
 * @param httpPort the port of HTTP mode ({@code /slack/events}), 0 when HTTP mode is off
 * @param adminGroup the id or handle of a user group whose members count as admins, or empty
 * @param botToken {@code SLACK_BOT_TOKEN} ({@code xoxb-...})
 * @param appToken {@code SLACK_APP_TOKEN} ({@code xapp-...}), for Socket Mode
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, for HTTP mode
 */
public record SlackSettings(
        String apiUrl, int httpPort, String adminGroup, String botToken, String appToken, String signingSecret) {

    /** How the adapter talks to Slack. */
    public enum Mode {
        /** A WebSocket the bot opens: no public URL needed. */
        SOCKET,
        /** Slack posts signed requests to {@code /slack/events} on {@link #httpPort()}. */
        HTTP,
        /** Not enough settings for either. */
        NONE
    }

    public SlackSettings {
        apiUrl = clean(apiUrl);
        adminGroup = clean(adminGroup);
        botToken = clean(botToken);
        appToken = clean(appToken);
        signingSecret = clean(signingSecret);
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0 (off) or 1 to 65535, got " + httpPort);
        }
        if (!apiUrl.isEmpty() && !apiUrl.matches("https?://.+/")) {
            throw new IllegalArgumentException("apiUrl must be an http(s) URL ending in /, got " + apiUrl);
        }
    }

    /**
     * The settings from the config's {@code slack:} section and the environment ({@code
     * SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN}, {@code SLACK_SIGNING_SECRET}).
     */
    public static SlackSettings from(StudybotConfig.Slack config, Map<String, String> env) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(env, "env");
        return new SlackSettings(
                config.apiUrl(),
                config.httpPort(),
                config.adminGroup(),
                env.get("SLACK_BOT_TOKEN"),
                env.get("SLACK_APP_TOKEN"),
                env.get("SLACK_SIGNING_SECRET"));
    }

    /** Socket Mode when the app and bot tokens are set; else HTTP mode when it has all it needs. */
    public Mode mode() {
        if (!appToken.isEmpty() && !botToken.isEmpty()) {
            return Mode.SOCKET;
        }
        if (!signingSecret.isEmpty() && !botToken.isEmpty() && httpPort > 0) {
            return Mode.HTTP;
        }
        return Mode.NONE;
    }

    /** Why {@link #mode()} is {@link Mode#NONE}, in one sentence naming the missing settings. */
    public String whyNone() {
        if (botToken.isEmpty()) {
            return "SLACK_BOT_TOKEN is not set: Slack needs it in both Socket Mode and HTTP mode.";
        }
        if (signingSecret.isEmpty()) {
            return "Slack needs SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET and"
                    + " STUDYBOT_SLACK_HTTP_PORT for HTTP mode.";
        }
        return "HTTP mode needs a port: set STUDYBOT_SLACK_HTTP_PORT (or slack.httpPort), or set SLACK_APP_TOKEN"
                + " for Socket Mode.";
    }

    /** This configuration with another HTTP port (tests bind a free one). */
    public SlackSettings withHttpPort(int port) {
        return new SlackSettings(apiUrl, port, adminGroup, botToken, appToken, signingSecret);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + (apiUrl.isEmpty() ? "(slack.com)" : apiUrl) + ", httpPort=" + httpPort
                + ", adminGroup=" + adminGroup + ", botToken=" + (botToken.isEmpty() ? "unset" : "set")
                + ", appToken=" + (appToken.isEmpty() ? "unset" : "set") + ", signingSecret="
                + (signingSecret.isEmpty() ? "unset" : "set") + ", mode=" + mode() + "]";
    }
}
