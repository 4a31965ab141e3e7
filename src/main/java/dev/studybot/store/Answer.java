package dev.studybot.store;

import java.time.Instant;

/**
 * A member's answer to a quiz.
 *
 * @param option the chosen option in the question's own order (0..3), not the shuffled position
 */
public record Answer(long id, long quizId, long userId, int option, boolean correct, Instant answeredAt, int points) {}
