package dev.studybot.discord;

import dev.studybot.chat.PostException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Says what a JDA failure means for the core: a rate limit with its retry-after, a permanent refusal
 * (the channel or message is gone, the bot lost access, Discord refused the request as it is) or a
 * failure that may pass (network, Discord's server errors, a timeout). Messages name the action and
 * Discord's reason, never a token.
 */
final class DiscordFailures {
    private static final Set<ErrorResponse> GONE = Set.of(
            ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.UNKNOWN_MESSAGE,
            ErrorResponse.MISSING_ACCESS,
            ErrorResponse.MISSING_PERMISSIONS);

    private DiscordFailures() {}

    /** The failure as the core's {@link PostException}; {@code action} says what was tried. */
    static PostException toPostException(String action, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RateLimitedException limited) {
            return PostException.rateLimited(Duration.ofMillis(Math.max(0, limited.getRetryAfter())));
        }
        if (cause instanceof ErrorResponseException error) {
            String reason = action + ": Discord answered " + error.getErrorCode() + " " + error.getMeaning();
            if (GONE.contains(error.getErrorResponse())) {
                return PostException.permanent(reason, error);
            }
            int status = error.getResponse() == null ? -1 : error.getResponse().code;
            if (error.isServerError() || status < 0 || status >= 500 || status == 429 || hasIoCause(error)) {
                return PostException.transientFailure(reason, error);
            }
            // any other 4xx: Discord refuses the request as it is; sending it again will not help
            return PostException.permanent(reason, error);
        }
        if (cause instanceof PermissionException permission) {
            return PostException.permanent(
                    action + ": the bot lacks " + permission.getPermission().getName() + " in that channel",
                    permission);
        }
        if (cause instanceof TimeoutException) {
            return PostException.transientFailure(action + ": Discord did not answer in time", cause);
        }
        if (cause instanceof RejectedExecutionException) {
            return PostException.transientFailure(action + ": the Discord connection is shutting down", cause);
        }
        if (cause instanceof IOException) {
            return PostException.transientFailure(action + ": network failure (" + cause.getMessage() + ")", cause);
        }
        if (cause instanceof IllegalArgumentException) {
            return PostException.permanent(action + ": Discord would refuse it (" + cause.getMessage() + ")", cause);
        }
        return PostException.transientFailure(action + ": " + cause.getClass().getSimpleName(), cause);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean hasIoCause(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
