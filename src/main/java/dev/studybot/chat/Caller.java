package dev.studybot.chat;

import java.util.Locale;
import java.util.Objects;

/**
 * Who sent a command or pressed a button, and where. Ids are the platform's own; a team is a Discord
 * guild, a Slack workspace or the console's one team.
 *
 * @param platform where the team lives
 * @param teamId the guild or workspace id
 * @param teamName a display name for the team, may be empty
 * @param channelId the channel the interaction came from
 * @param userId the member's platform id
 * @param userName the member's display name
 * @param locale the member's own locale as the platform reports it, or {@code null}
 * @param admin whether the platform says the member may change the team's settings
 */
public record Caller(
        Platform platform,
        String teamId,
        String teamName,
        String channelId,
        String userId,
        String userName,
        Locale locale,
        boolean admin) {
    public Caller {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(userId, "userId");
        teamName = teamName == null ? "" : teamName;
        userName = userName == null || userName.isBlank() ? userId : userName;
    }

    /** The channel as a reference for posting. */
    public ChannelRef channel() {
        return new ChannelRef(platform, teamId, channelId);
    }
}
