package dev.studybot.leaderboard;

import dev.studybot.store.LeaderboardEntry;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.PeriodKind;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.TeamRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a team's leaderboard from the running totals the quiz keeps on each answer: the top ten and
 * the asker's rank come from an index on (team, period, points, time), never from adding up answers.
 * Every query is scoped by the team's id.
 */
public final class LeaderboardService {
    /** How many leaders a board shows. */
    public static final int TOP = 10;

    private final ScoreRepository scores;
    private final TeamRepository teams;
    private final ZoneId defaultZone;
    private final Clock clock;

    /**
     * @param defaultZone the zone of a team that has no daily-quiz channel yet (config quiz.zone)
     */
    public LeaderboardService(ScoreRepository scores, TeamRepository teams, ZoneId defaultZone, Clock clock) {
        this.scores = Objects.requireNonNull(scores, "scores");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The team's time zone: its quiz channel's, which the quiz counts dates in, else the default. */
    public ZoneId zone(long teamId) {
        return teams.quizZone(teamId).orElse(defaultZone);
    }

    /** The period that is current now in the zone, as stored. */
    public PeriodKey currentKey(Period period, ZoneId zone) {
        return new PeriodKey(kind(period), period.key(clock.instant(), zone));
    }

    static PeriodKind kind(Period period) {
        return switch (period) {
            case WEEK -> PeriodKind.WEEK;
            case MONTH -> PeriodKind.MONTH;
            case ALL -> PeriodKind.ALL;
        };
    }

    /** The team's current board for the period, with {@code userId}'s own standing. */
    public Standings standings(long teamId, long userId, Period period) {
        ZoneId zone = zone(teamId);
        PeriodKey key = currentKey(period, zone);
        List<LeaderboardEntry> top = scores.top(teamId, key, TOP);
        Optional<LeaderboardEntry> self =
                top.stream().filter(e -> e.userId() == userId).findFirst().or(() -> scores.rankOf(teamId, key, userId));
        Set<Long> ids = new LinkedHashSet<>();
        top.forEach(e -> ids.add(e.userId()));
        self.ifPresent(e -> ids.add(e.userId()));
        Map<Long, Integer> streaks = scores.currentStreaks(teamId, ids);
        List<Standing> rows = new ArrayList<>(top.size());
        for (LeaderboardEntry entry : top) {
            rows.add(standing(entry, streaks));
        }
        return new Standings(period, key, zone, rows, self.map(e -> standing(e, streaks)));
    }

    private static Standing standing(LeaderboardEntry e, Map<Long, Integer> streaks) {
        return new Standing(
                e.rank(),
                e.userId(),
                e.displayName(),
                e.points(),
                e.correct(),
                streaks.getOrDefault(e.userId(), 0),
                e.reachedAt());
    }
}
