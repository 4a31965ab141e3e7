package dev.studybot.store;

import java.time.Instant;
import java.util.Objects;

/** An answer to record: who, which quiz, which option (0..3 in the question's order), and its result. */
public record NewAnswer(long quizId, long userId, int option, boolean correct, Instant answeredAt, int points) {
    public NewAnswer {
        if (option < 0 || option > 3) {
            throw new IllegalArgumentException("option must be 0..3, was " + option);
        }
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
