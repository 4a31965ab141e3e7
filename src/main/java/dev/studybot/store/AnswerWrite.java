package dev.studybot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that changes when a member answers a quiz, written in one transaction by
 * {@link ScoreRepository#recordAnswer}: the answer, its score events (points per reason), the
 * leaderboard totals of each period, the question's statistics and, if {@code streak} is not null,
 * the member's streak in the channel.
 *
 * @param localDate the quiz's local date, stored with the score events
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
        StreakRule streak) {

    public AnswerWrite {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(questionId, "questionId");
        points = points.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(points));
        periods = List.copyOf(periods);
    }

    /** The answer's points: the sum over reasons. */
    public int totalPoints() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    NewAnswer answer() {
        return new NewAnswer(quizId, userId, option, correct, answeredAt, totalPoints());
    }
}
