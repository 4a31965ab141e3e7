package dev.studybot.chat;

import java.time.Duration;
import java.util.Optional;

/**
 * A post or edit the platform did not take. A rate limit carries the platform's retry-after; a
 * permanent failure (the channel is gone, the bot lost access) says so, and retrying will not help.
 */
public final class PostException extends Exception {
    private final Duration retryAfter;
    private final boolean permanent;

    public PostException(String message, Duration retryAfter, boolean permanent, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
    }

    /** A rate limit: try again after this long. */
    public static PostException rateLimited(Duration retryAfter) {
        return new PostException("rate limited for " + retryAfter, retryAfter, false, null);
    }

    /** A failure that may pass (network, a server error). */
    public static PostException transientFailure(String message, Throwable cause) {
        return new PostException(message, null, false, cause);
    }

    /** A failure that will not pass by retrying (missing channel, no access). */
    public static PostException permanent(String message, Throwable cause) {
        return new PostException(message, null, true, cause);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean permanent() {
        return permanent;
    }
}
