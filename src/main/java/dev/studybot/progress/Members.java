package dev.studybot.progress;

import dev.studybot.chat.Caller;
import dev.studybot.store.Member;
import dev.studybot.store.Platform;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns who is asking into store rows: the caller's team and member (created on first sight, names
 * kept current), and a {@code member} option into one of the caller's team's members.
 */
public final class Members {
    /** A mention as Discord or Slack writes it: {@code <@123>}, {@code <@!123>}, {@code <@U123|ann>}. */
    private static final Pattern MENTION = Pattern.compile("<@!?([^>|\\s]+)(?:\\|[^>]*)?>");

    private final TeamRepository teams;

    public Members(TeamRepository teams) {
        this.teams = Objects.requireNonNull(teams, "teams");
    }

    /** The caller's team and member rows. */
    public MemberRef caller(Caller caller) {
        Team team = team(caller);
        long userId = teams.upsertUser(team.id(), caller.userId(), caller.userName());
        return new MemberRef(team.id(), userId, caller.userName());
    }

    /** The caller's team row. */
    public Team team(Caller caller) {
        String name = caller.teamName().isBlank() ? caller.teamId() : caller.teamName();
        return teams.upsertTeam(Platform.fromCode(caller.platform().id()), caller.teamId(), name);
    }

    /**
     * The member of the team that a {@code member} option names: a platform user id (what Discord
     * sends for a user option), a mention, or a display name with or without a leading {@code @}.
     * Only this team's members are looked at.
     */
    public Optional<MemberRef> find(long teamId, String option) {
        if (option == null || option.isBlank()) {
            return Optional.empty();
        }
        String text = option.strip();
        Matcher mention = MENTION.matcher(text);
        if (mention.matches()) {
            text = mention.group(1);
        }
        String name = text.startsWith("@") ? text.substring(1).strip() : text;
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return teams.findUserByExternalId(teamId, name)
                .or(() -> teams.findUserByName(teamId, name))
                .map(Members::ref);
    }

    private static MemberRef ref(Member member) {
        return new MemberRef(member.teamId(), member.id(), member.displayName());
    }
}
