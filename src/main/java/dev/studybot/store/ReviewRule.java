package dev.studybot.store;

import java.util.Optional;

/**
 * How an answer moves the member's spaced-repetition state for its question, given the state as
 * stored. It runs inside the transaction that records the answer, and may run again if that is
 * retried, so it must only compute.
 */
@FunctionalInterface
public interface ReviewRule {
    ReviewState next(Optional<ReviewState> current);
}
