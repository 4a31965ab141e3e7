package dev.studybot.slack.fake;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls for a condition with a timeout: tests wait for what they expect, never for a fixed time. */
public final class Wait {
    private Wait() {}

    /** Polls {@code value} until {@code done} holds, and returns the value that satisfied it. */
    public static <T> T until(Duration timeout, Supplier<T> value, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "timed out after " + timeout.toMillis() + " ms waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = value.get();
        }
        return last;
    }
}
