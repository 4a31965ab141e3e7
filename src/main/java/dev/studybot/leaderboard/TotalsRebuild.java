package dev.studybot.leaderboard;

import dev.studybot.store.Member;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TotalDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes leaderboard totals from the score events, team by team, replacing the running totals,
 * and reports every total that the running count had wrong. Each score event counts towards the
 * week, month and all-time periods of the local date it was scored on, as the quiz counts it.
 */
public final class TotalsRebuild {
    private final TeamRepository teams;
    private final ScoreRepository scores;

    public TotalsRebuild(TeamRepository teams, ScoreRepository scores) {
        this.teams = Objects.requireNonNull(teams, "teams");
        this.scores = Objects.requireNonNull(scores, "scores");
    }

    /** A total the running count had wrong, with the member's name. */
    public record Difference(
            PeriodKey period,
            long userId,
            String member,
            int storedPoints,
            int storedCorrect,
            int rebuiltPoints,
            int rebuiltCorrect) {}

    /** One team's rebuild: empty differences when its totals matched the events. */
    public record TeamResult(Team team, List<Difference> differences) {
        public TeamResult {
            differences = List.copyOf(differences);
        }
    }

    /** Rebuilds every team's totals. */
    public List<TeamResult> rebuildAll() {
        List<TeamResult> results = new ArrayList<>();
        for (Team team : teams.teams()) {
            results.add(rebuild(team));
        }
        return results;
    }

    /** Rebuilds one team's totals. */
    public TeamResult rebuild(Team team) {
        List<Difference> differences = new ArrayList<>();
        for (TotalDifference d : scores.rebuildTotals(team.id(), PeriodKey::of)) {
            String name = teams.findUser(d.userId()).map(Member::displayName).orElse("#" + d.userId());
            differences.add(new Difference(
                    d.period(),
                    d.userId(),
                    name,
                    d.storedPoints(),
                    d.storedCorrect(),
                    d.rebuiltPoints(),
                    d.rebuiltCorrect()));
        }
        return new TeamResult(team, differences);
    }
}
