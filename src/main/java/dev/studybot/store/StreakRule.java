package dev.studybot.store;

import java.util.Optional;

/**
 * How an answer moves a member's streak, given the streak as stored. It runs inside the transaction
 * that records the answer, and may run more than once if that transaction is retried, so it must
 * only compute.
 */
@FunctionalInterface
public interface StreakRule {
    Streak next(Optional<Streak> current);
}
