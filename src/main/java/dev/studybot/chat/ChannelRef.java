package dev.studybot.chat;

import java.util.Objects;

/** A channel of a team on a platform: where the bot posts. */
public record ChannelRef(Platform platform, String teamId, String channelId) {
    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(channelId, "channelId");
    }
}
