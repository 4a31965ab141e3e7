package dev.studybot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that changes when a member answers a quiz, written in one transaction by
 * {@link ScoreRepository#recordAnswer}: the answer, its score events (points per reason), the
 * leaderboard totals of each period, the question's statistics, if {@code streak} is not null the
 * member's streak in the channel, and if {@code review} is not null their spaced-repetition state
 * for the question.
 *
 * @param localDate the quiz's local date, stored with the score events
 * @param periods the leaderboard periods the answer counts towards, each once
 * @param points the points by reason, when they are known beforehand (ignored with a {@code pointsRule})
 * @param pointsRule null for fixed {@code points}; otherwise this is a live answer: it is recorded only
 *     while its quiz is open (before {@code closes_at}), and its points are worked out inside the
 *     transaction from its place among the right answers, so racing answers get the bonuses in order
 * @param review how the answer moves the member's review state for the question, or null
 */
public record AnswerWrite(
        long teamId,
        long channelId,
        long quizId,
        long userId,
        int option,
        boolean correct,
        Instant answeredAt,
        LocalDate localDate,
        String roadmapId,
        String questionId,
        Map<ScoreReason, Integer> points,
        List<PeriodKey> periods,
        StreakRule streak,
        PointsRule pointsRule,
        ReviewRule review) {

    /** A write with points known beforehand, and no review state. */
    public AnswerWrite(
            long teamId,
            long channelId,
            long quizId,
            long userId,
            int option,
            boolean correct,
            Instant answeredAt,
            LocalDate localDate,
            String roadmapId,
            String questionId,
            Map<ScoreReason, Integer> points,
            List<PeriodKey> periods,
            StreakRule streak) {
        this(
                teamId,
                channelId,
                quizId,
                userId,
                option,
                correct,
                answeredAt,
                localDate,
                roadmapId,
                questionId,
                points,
                periods,
                streak,
                null,
                null);
    }

    public AnswerWrite {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(questionId, "questionId");
        points = points.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(points));
        periods = List.copyOf(periods);
        if (Set.copyOf(periods).size() != periods.size()) {
            // a period twice would count the answer twice in it (and PostgreSQL refuses the upsert)
            throw new IllegalArgumentException("periods must not repeat, were " + periods);
        }
    }

    /** The answer's points: the sum over reasons. */
    public int totalPoints() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    NewAnswer answer(int total) {
        return new NewAnswer(quizId, userId, option, correct, answeredAt, total);
    }
}
