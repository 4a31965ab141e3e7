package dev.studybot.quiz;

import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts and edits through a platform's gateway, honouring its rate limits: a refusal with a
 * retry-after is waited out and tried again, a passing failure once more after a second, both a
 * bounded number of times and never longer than {@link #MAX_WAIT} at once. A permanent failure, or one
 * that outlasts the bound, is thrown: the caller keeps the quiz claimable and a later tick tries again.
 */
final class Poster {
    static final int ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(Poster.class);

    private final Sleeper sleeper;

    Poster(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws PostException;
    }

    String post(ChatGateway gateway, ChannelRef channel, Reply reply) throws PostException {
        return withRetries(() -> gateway.post(channel, reply), "posting to " + channel.channelId());
    }

    void edit(ChatGateway gateway, ChannelRef channel, String messageId, Reply reply) throws PostException {
        withRetries(
                () -> {
                    gateway.edit(channel, messageId, reply);
                    return null;
                },
                "editing " + messageId + " in " + channel.channelId());
    }

    private <T> T withRetries(Call<T> call, String what) throws PostException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (PostException e) {
                Duration wait = e.retryAfter().orElse(PAUSE);
                if (e.permanent() || attempt >= ATTEMPTS || wait.compareTo(MAX_WAIT) > 0) {
                    throw e;
                }
                log.info("{} refused ({}); trying again in {} ms", what, e.getMessage(), wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw PostException.transientFailure(what + ": interrupted while waiting", interrupted);
                }
            }
        }
    }
}
