package dev.studybot.leaderboard;

import dev.studybot.store.PeriodKey;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A team's leaderboard for one period as one member asks for it: the top members, and the asker's
 * own standing whether or not they are among them.
 *
 * @param period week, month or all time
 * @param key the period as stored ({@code 2026-W48}, {@code 2026-11}, {@code all})
 * @param zone the team's time zone the period was counted in
 * @param top the leaders, best first (at most {@link LeaderboardService#TOP})
 * @param self the asker's standing, empty when they have no points or right answers in the period
 */
public record Standings(Period period, PeriodKey key, ZoneId zone, List<Standing> top, Optional<Standing> self) {
    public Standings {
        top = List.copyOf(top);
    }

    /** Whether the asker is among the top rows. */
    public boolean selfInTop() {
        return self.isPresent()
                && top.stream().anyMatch(s -> s.userId() == self.get().userId());
    }
}
