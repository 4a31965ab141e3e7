package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.PostException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordFailuresTest {
    @Test
    @DisplayName("GIVEN a rate limit JDA gave up on WHEN mapped THEN the core gets its retry-after")
    void rateLimit() {
        PostException e = DiscordFailures.toPostException(
                "posting", new ExecutionException(new RateLimitedException("channels/1/messages", 2500)));

        assertThat(e.retryAfter()).contains(Duration.ofMillis(2500));
        assertThat(e.permanent()).isFalse();
    }

    @Test
    @DisplayName("GIVEN network trouble, a timeout or a shutdown WHEN mapped THEN the failure may pass")
    void transientFailures() {
        for (Throwable cause : new Throwable[] {
            new TimeoutException(),
            new IOException("connection reset"),
            new RejectedExecutionException("shut down"),
            new IllegalStateException("?")
        }) {
            PostException e = DiscordFailures.toPostException("posting to channel 1", cause);
            assertThat(e.permanent()).as(cause.toString()).isFalse();
            assertThat(e.getMessage()).startsWith("posting to channel 1");
        }
    }

    @Test
    @DisplayName("GIVEN a request Discord would refuse as it is WHEN mapped THEN retrying is pointless")
    void permanentFailures() {
        assertThat(DiscordFailures.toPostException("posting", new IllegalArgumentException("too long"))
                        .permanent())
                .isTrue();
    }
}
