package dev.studybot.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Database} waits and retries, how many connections it keeps, and which clock stamps
 * rows; {@link #defaults()} suits the bot, tests shorten the waits.
 *
 * @param clock stamps created_at and updated_at columns
 * @param busyTimeout how long one SQLite statement waits for another writer's lock
 * @param maxAttempts how often a transaction runs before giving up on a locked or dropped database
 * @param retryBackoff the pause before the second attempt; it doubles for each further one
 * @param readPoolSize SQLite read connections (writes always use one connection)
 * @param postgresPoolSize PostgreSQL connections, shared by reads and writes
 * @param maxBatch the most writes one SQLite commit carries (group commit)
 */
public record DatabaseOptions(
        Clock clock,
        Duration busyTimeout,
        int maxAttempts,
        Duration retryBackoff,
        int readPoolSize,
        int postgresPoolSize,
        int maxBatch) {

    public DatabaseOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (busyTimeout.isNegative() || retryBackoff.isNegative()) {
            throw new IllegalArgumentException("busyTimeout and retryBackoff must not be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (readPoolSize < 1 || postgresPoolSize < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("readPoolSize, postgresPoolSize and maxBatch must be at least 1");
        }
    }

    /** One-second lock waits, four attempts (about five seconds in all), four readers, ten PostgreSQL connections. */
    public static DatabaseOptions defaults() {
        return new DatabaseOptions(Clock.systemUTC(), Duration.ofSeconds(1), 4, Duration.ofMillis(50), 4, 10, 256);
    }

    public DatabaseOptions withClock(Clock newClock) {
        return new DatabaseOptions(
                newClock, busyTimeout, maxAttempts, retryBackoff, readPoolSize, postgresPoolSize, maxBatch);
    }

    public DatabaseOptions withPostgresPoolSize(int newPostgresPoolSize) {
        return new DatabaseOptions(
                clock, busyTimeout, maxAttempts, retryBackoff, readPoolSize, newPostgresPoolSize, maxBatch);
    }

    public DatabaseOptions withRetry(Duration newBusyTimeout, int newMaxAttempts, Duration newBackoff) {
        return new DatabaseOptions(
                clock, newBusyTimeout, newMaxAttempts, newBackoff, readPoolSize, postgresPoolSize, maxBatch);
    }

    /** The pause before attempt {@code attempt} (2, 3, ...): the backoff doubled each time. */
    Duration backoffBefore(int attempt) {
        return retryBackoff.multipliedBy(1L << Math.min(attempt - 2, 10));
    }
}
