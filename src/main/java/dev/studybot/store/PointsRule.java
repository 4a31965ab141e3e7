package dev.studybot.store;

import java.util.Map;
import java.util.Optional;

/**
 * The points of an answer, decided inside the transaction that records it: only there is the
 * answer's place among the quiz's right answers certain when members answer at the same moment. It
 * may run more than once if the transaction is retried, so it must only compute.
 */
@FunctionalInterface
public interface PointsRule {
    /**
     * @param rightRank this answer's 1-based place among the quiz's right answers, or 0 when it is wrong
     * @param streak the member's streak after this answer, when the write carries a streak rule
     * @return points per reason (reasons with no points may be left out)
     */
    Map<ScoreReason, Integer> points(int rightRank, Optional<Streak> streak);
}
