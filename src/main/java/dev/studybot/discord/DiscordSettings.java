package dev.studybot.discord;

import dev.studybot.app.StudybotConfig;
import java.util.Objects;

/**
 * How to connect to Discord: the bot token (from {@code DISCORD_TOKEN}) and the {@code discord.*}
 * settings. {@link #toString()} never shows the token, so it cannot reach a log by accident.
 *
 * @param token the bot token, without the {@code Bot } prefix
 * @param devGuild register commands in this guild only (instant updates), or empty for global
 * @param shards the total shard count; 0 runs one connection without a shard manager
 * @param firstShard the first shard this process runs (with {@code shards > 0})
 * @param lastShard the last shard this process runs (with {@code shards > 0})
 * @param apiUrl the REST base URL ({@code http://host:port/api/v10/}), or empty for Discord's own
 * @param gatewayUrl the gateway URL ({@code ws://} or {@code wss://}), or empty for Discord's own
 */
public record DiscordSettings(
        String token, String devGuild, int shards, int firstShard, int lastShard, String apiUrl, String gatewayUrl) {
    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        token = token.strip();
        if (token.startsWith("Bot ")) {
            token = token.substring(4).strip();
        }
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the Discord token (DISCORD_TOKEN) is empty or holds spaces");
        }
        devGuild = devGuild == null ? "" : devGuild.strip();
        apiUrl = apiUrl == null ? "" : apiUrl.strip();
        gatewayUrl = gatewayUrl == null ? "" : gatewayUrl.strip();
        if (!devGuild.isEmpty() && !devGuild.matches("\\d{5,25}")) {
            throw new IllegalArgumentException("discord.devGuild must be a guild id (digits), got " + devGuild);
        }
        if (shards < 0) {
            throw new IllegalArgumentException("discord.shards must be 0 or more, got " + shards);
        }
        if (shards > 0 && (firstShard < 0 || lastShard < firstShard || lastShard >= shards)) {
            throw new IllegalArgumentException(
                    "discord.shardRange must lie within 0-" + (shards - 1) + ", got " + firstShard + "-" + lastShard);
        }
        if (!apiUrl.isEmpty() && !apiUrl.matches("https?://.+")) {
            throw new IllegalArgumentException("discord.apiUrl must be an http(s) URL, got " + apiUrl);
        }
        if (!apiUrl.isEmpty() && !apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        if (!gatewayUrl.isEmpty() && !gatewayUrl.matches("wss?://.+")) {
            throw new IllegalArgumentException("discord.gatewayUrl must be a ws:// or wss:// URL, got " + gatewayUrl);
        }
    }

    /** The settings from the {@code discord} section of the config and the token. */
    public static DiscordSettings from(StudybotConfig.Discord config, String token) {
        int[] bounds = config.shardBounds();
        return new DiscordSettings(
                token, config.devGuild(), config.shards(), bounds[0], bounds[1], config.apiUrl(), config.gatewayUrl());
    }

    /** One connection, Discord's own endpoints, commands registered globally. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, "", 0, 0, 0, "", "");
    }

    /** These settings pointed at another REST base and gateway (a proxy, or a local fake). */
    public DiscordSettings withEndpoints(String api, String gateway) {
        return new DiscordSettings(token, devGuild, shards, firstShard, lastShard, api, gateway);
    }

    /** These settings registering commands in one guild. */
    public DiscordSettings withDevGuild(String guildId) {
        return new DiscordSettings(token, guildId, shards, firstShard, lastShard, apiUrl, gatewayUrl);
    }

    /** These settings running shards {@code first..last} of {@code total} under a shard manager. */
    public DiscordSettings withShards(int total, int first, int last) {
        return new DiscordSettings(token, devGuild, total, first, last, apiUrl, gatewayUrl);
    }

    public boolean sharded() {
        return shards > 0;
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=(hidden), devGuild=" + (devGuild.isEmpty() ? "(global)" : devGuild)
                + ", shards=" + (shards == 0 ? "none" : shards + " (this process " + firstShard + "-" + lastShard + ")")
                + ", apiUrl=" + (apiUrl.isEmpty() ? "(Discord)" : apiUrl) + ", gatewayUrl="
                + (gatewayUrl.isEmpty() ? "(Discord)" : gatewayUrl) + "]";
    }
}
