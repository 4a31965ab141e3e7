package dev.studybot.app;

import java.util.Map;

/**
 * The platform secrets, read only from the environment. {@link #toString()} never shows them, so a
 * token cannot reach a log by accident.
 */
record PlatformTokens(String discord, String slackBot, String slackApp, String slackSigningSecret) {
    static PlatformTokens from(Map<String, String> env) {
        return new PlatformTokens(
                clean(env.get("DISCORD_TOKEN")),
                clean(env.get("SLACK_BOT_TOKEN")),
                clean(env.get("SLACK_APP_TOKEN")),
                clean(env.get("SLACK_SIGNING_SECRET")));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    boolean discordEnabled() {
        return !discord.isEmpty();
    }

    /** Slack over Socket Mode: an app-level token and a bot token. */
    boolean slackSocketMode() {
        return !slackApp.isEmpty() && !slackBot.isEmpty();
    }

    /** Slack over HTTP: a signing secret and a bot token (the port comes from config). */
    boolean slackHttp() {
        return !slackSigningSecret.isEmpty() && !slackBot.isEmpty();
    }

    boolean any() {
        return discordEnabled() || !slackBot.isEmpty() || !slackApp.isEmpty() || !slackSigningSecret.isEmpty();
    }

    @Override
    public String toString() {
        return "PlatformTokens[discord=" + (discordEnabled() ? "set" : "unset") + ", slackBot="
                + (slackBot.isEmpty() ? "unset" : "set") + ", slackApp=" + (slackApp.isEmpty() ? "unset" : "set")
                + ", slackSigningSecret=" + (slackSigningSecret.isEmpty() ? "unset" : "set") + "]";
    }
}
