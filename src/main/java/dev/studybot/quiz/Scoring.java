package dev.studybot.quiz;

import java.util.List;

/**
 * Points for a channel quiz answer: a right answer gives {@code correct}; the first right answers
 * of a quiz add the first-answer bonuses in order (by default 3, 2, 1); a running streak adds
 * {@code streakStep} per quiz beyond the first, never more than {@code streakCap}. A wrong answer
 * gives nothing. Practice questions give no points.
 */
public record Scoring(int correct, List<Integer> firstBonuses, int streakStep, int streakCap) {
    public Scoring {
        firstBonuses = List.copyOf(firstBonuses);
    }

    /** The points of one answer, split by reason. */
    public record Points(int base, int first, int streak) {
        public int total() {
            return base + first + streak;
        }
    }

    /**
     * @param right whether the answer is right
     * @param rightRank among the quiz's right answers, this one's place (1 = first), or 0 if wrong
     * @param streak the member's streak including this answer (1 = this is the first in a row)
     */
    public Points score(boolean right, int rightRank, int streak) {
        if (!right) {
            return new Points(0, 0, 0);
        }
        int first = rightRank >= 1 && rightRank <= firstBonuses.size() ? firstBonuses.get(rightRank - 1) : 0;
        int streakBonus = streak > 1 ? Math.min(streakCap, streakStep * (streak - 1)) : 0;
        return new Points(correct, first, streakBonus);
    }
}
