package dev.studybot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's spaced-repetition state for one question (SM-2 style): when it is due again and how
 * the last reviews went. {@code lastReviewedAt} is null before the first review.
 */
public record ReviewState(
        long userId,
        String roadmapId,
        String questionId,
        String topicId,
        int repetitions,
        int intervalDays,
        double ease,
        int lapses,
        Instant dueAt,
        Instant lastReviewedAt) {

    public ReviewState {
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The same state with another ease. */
    public ReviewState withEase(double newEase) {
        return new ReviewState(
                userId,
                roadmapId,
                questionId,
                topicId,
                repetitions,
                intervalDays,
                newEase,
                lapses,
                dueAt,
                lastReviewedAt);
    }
}
