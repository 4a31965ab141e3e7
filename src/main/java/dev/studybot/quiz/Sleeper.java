package dev.studybot.quiz;

import java.time.Duration;

/** Waits, for a rate limit's retry-after; tests pass one that only records the wait. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
