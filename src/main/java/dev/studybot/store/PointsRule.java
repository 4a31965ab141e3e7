package dev.studybot.store;

import java.util.Map;

/**
 * How a live quiz answer's points are worked out inside the transaction that records it, once its
 * place among the quiz's right answers and the member's streak after it are known there. It may run
 * more than once if that transaction is retried, so it must only compute.
 */
public interface PointsRule {
    /** How many first places can earn a bonus: earlier right answers are counted up to this many. */
    int rankedPlaces();

    /**
     * The answer's points by reason.
     *
     * @param rightRank the answer's place among the quiz's right answers (1 = first), at most
     *     {@link #rankedPlaces()} + 1 (any later place); 0 for a wrong answer
     * @param streakAfter the member's streak in the channel after this answer, or null when the
     *     answer does not move a streak (an extra quiz)
     */
    Map<ScoreReason, Integer> points(int rightRank, Streak streakAfter);
}
