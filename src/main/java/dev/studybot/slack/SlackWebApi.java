package dev.studybot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.studybot.chat.PostException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with the bot token and turns its failures into {@link PostException}s. The
 * synchronous client does not retry a 429: here a short {@code Retry-After} is waited out and the call
 * made again, so a rate-limited post still lands, once; a long one is handed up as {@link
 * PostException#rateLimited}.
 */
final class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    /** Attempts per call when Slack keeps answering 429. */
    static final int MAX_ATTEMPTS = 4;

    /** A longer Retry-After is not waited out here: the caller decides when to try again. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    /** Errors that pass by themselves; any other {@code ok:false} error will not pass by retrying. */
    private static final Set<String> TRANSIENT =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "timeout");

    private final MethodsClient client;
    private final Secrets secrets;

    /** One Web API call; the client already holds the bot token. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run(MethodsClient client) throws IOException, SlackApiException;
    }

    SlackWebApi(MethodsClient client, Secrets secrets) {
        this.client = client;
        this.secrets = secrets;
    }

    /** Makes the call, waiting out short rate limits; the response is {@code ok}. */
    <T extends SlackApiTextResponse> T call(String method, Call<T> call) throws PostException {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run(client);
                if (response.isOk()) {
                    return response;
                }
                String error = response.getError() == null ? "unknown_error" : response.getError();
                if (TRANSIENT.contains(error)) {
                    throw PostException.transientFailure(method + " failed: " + error, null);
                }
                throw PostException.permanent(method + " failed: " + error, null);
            } catch (SlackApiException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().code();
                if (status == 429) {
                    Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                    if (attempt < MAX_ATTEMPTS && wait.compareTo(MAX_WAIT) <= 0) {
                        log.info(
                                "{} is rate limited; trying again in {} s (attempt {})",
                                method,
                                wait.toSeconds(),
                                attempt);
                        pause(method, wait);
                        continue;
                    }
                    throw PostException.rateLimited(wait);
                }
                String detail = method + " failed with HTTP " + status;
                if (status >= 500 || status == 408) {
                    throw PostException.transientFailure(detail, null);
                }
                throw PostException.permanent(detail, null);
            } catch (IOException e) {
                throw PostException.transientFailure(
                        method + " could not reach Slack: " + secrets.scrub(String.valueOf(e.getMessage())), null);
            }
        }
    }

    /** Seconds from a Retry-After header; one second when it is missing or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return Duration.ofSeconds(1);
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static void pause(String method, Duration wait) throws PostException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PostException.transientFailure(method + " was interrupted while waiting out a rate limit", e);
        }
    }
}
