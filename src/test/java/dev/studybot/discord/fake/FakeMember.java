package dev.studybot.discord.fake;

import java.util.List;

/**
 * A member of a fake guild.
 *
 * @param id the user id
 * @param username the account name
 * @param nick the server nickname, or null
 * @param roleIds the member's roles (without @everyone)
 * @param locale the member's Discord client language, such as {@code zh-CN} or {@code en-US}
 * @param bot whether the account is a bot
 */
public record FakeMember(String id, String username, String nick, List<String> roleIds, String locale, boolean bot) {
    public FakeMember {
        roleIds = List.copyOf(roleIds);
    }

    /** The name Discord shows in the server. */
    public String displayName() {
        return nick != null ? nick : username;
    }

    /** This member with another client language. */
    public FakeMember withLocale(String other) {
        return new FakeMember(id, username, nick, roleIds, other, bot);
    }
}
