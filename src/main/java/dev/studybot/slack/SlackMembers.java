package dev.studybot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;
import dev.studybot.chat.PostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot knows about a member: whether they may change the team's settings (a workspace owner
 * or admin from {@code users.info}, or a member of the configured user group from {@code
 * usergroups.users.list}) and their Slack locale. Answers are cached briefly (Caffeine), so a burst of
 * clicks costs one lookup per member; a failed lookup is not cached and counts as "not an admin".
 */
final class SlackMembers {
    private static final Logger log = LoggerFactory.getLogger(SlackMembers.class);
    static final Duration TTL = Duration.ofMinutes(2);
    private static final Pattern GROUP_ID = Pattern.compile("S[A-Z0-9]{2,}");

    /** A member as the adapter needs them. */
    record Member(boolean admin, Locale locale, String name) {
        static final Member UNKNOWN = new Member(false, null, null);
    }

    private final SlackWebApi api;
    private final String adminGroup;
    private final Cache<String, Member> members;
    private final Cache<String, Set<String>> groups;

    SlackMembers(SlackWebApi api, String adminGroup, Ticker ticker) {
        this.api = api;
        this.adminGroup = adminGroup == null ? "" : adminGroup.strip();
        this.members = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(TTL)
                .maximumSize(20_000)
                .build();
        this.groups = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(TTL).build();
    }

    /** The member, from the cache or from Slack; {@link Member#UNKNOWN} when Slack cannot say. */
    Member lookup(String userId) {
        Member cached = members.getIfPresent(userId);
        if (cached != null) {
            return cached;
        }
        try {
            User user = api.call(
                            "users.info", c -> c.usersInfo(r -> r.user(userId).includeLocale(true)))
                    .getUser();
            if (user == null) {
                return Member.UNKNOWN;
            }
            boolean admin = user.isAdmin() || user.isOwner() || user.isPrimaryOwner() || inAdminGroup(userId);
            Member member = new Member(admin, locale(user.getLocale()), user.getName());
            members.put(userId, member);
            return member;
        } catch (PostException e) {
            log.warn("cannot look up member {}: {}", userId, e.getMessage());
            return Member.UNKNOWN;
        }
    }

    /** The member if already known: for answers that must not wait on Slack (suggestions). */
    Optional<Member> cached(String userId) {
        return Optional.ofNullable(members.getIfPresent(userId));
    }

    private boolean inAdminGroup(String userId) {
        if (adminGroup.isEmpty()) {
            return false;
        }
        Set<String> users = groups.getIfPresent(adminGroup);
        if (users == null) {
            try {
                users = groupMembers();
                groups.put(adminGroup, users);
            } catch (PostException e) {
                log.warn("cannot read the admin user group {}: {}", adminGroup, e.getMessage());
                return false;
            }
        }
        return users.contains(userId);
    }

    /** The group's members: by id with usergroups.users.list, by handle through usergroups.list. */
    private Set<String> groupMembers() throws PostException {
        if (GROUP_ID.matcher(adminGroup).matches()) {
            List<String> users = api.call(
                            "usergroups.users.list", c -> c.usergroupsUsersList(r -> r.usergroup(adminGroup)))
                    .getUsers();
            return users == null ? Set.of() : Set.copyOf(users);
        }
        String handle = adminGroup.startsWith("@") ? adminGroup.substring(1) : adminGroup;
        List<Usergroup> all = api.call("usergroups.list", c -> c.usergroupsList(r -> r.includeUsers(true)))
                .getUsergroups();
        Set<String> users = new HashSet<>();
        if (all != null) {
            for (Usergroup group : all) {
                if (handle.equalsIgnoreCase(group.getHandle()) || handle.equalsIgnoreCase(group.getName())) {
                    if (group.getUsers() != null) {
                        users.addAll(group.getUsers());
                    }
                }
            }
        }
        if (users.isEmpty()) {
            log.warn(
                    "user group {} has no members or does not exist; only owners and admins count as admins",
                    adminGroup);
        }
        return Set.copyOf(users);
    }

    /** Slack's {@code en-US} / {@code zh-CN} as a Locale, or null. */
    static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return locale.getLanguage().isEmpty() ? null : locale;
    }
}
