package dev.studybot.store;

import java.time.Instant;

/** One private practice question a member answered; {@code id} is 0 before it is saved. */
public record PracticeAttempt(
        long id,
        long userId,
        String roadmapId,
        String questionId,
        String topicId,
        boolean correct,
        Instant answeredAt) {}
