package dev.studybot.discord;

import java.time.Duration;
import java.util.Objects;

/**
 * The adapter's clocks. Discord drops an interaction that is not answered within three seconds of its
 * creation, and an autocomplete answer that comes later than that; a deferred interaction may be
 * answered for fifteen minutes.
 *
 * @param deferAfter how long a command or press may run before the adapter acknowledges it and
 *     shows Discord's "thinking" state; well under three seconds, as the event has travelled already
 * @param giveUpAfter how long a deferred interaction may wait for the core before the member is told
 *     that it failed; under fifteen minutes
 * @param autocompleteBudget how long autocomplete may take before the adapter answers with no choices
 * @param postTimeout how long a channel post or edit may wait for Discord, rate limits included
 */
record DiscordTimings(Duration deferAfter, Duration giveUpAfter, Duration autocompleteBudget, Duration postTimeout) {
    static final DiscordTimings DEFAULT = new DiscordTimings(
            Duration.ofMillis(1500), Duration.ofSeconds(60), Duration.ofMillis(2000), Duration.ofSeconds(60));

    DiscordTimings {
        Objects.requireNonNull(deferAfter, "deferAfter");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        Objects.requireNonNull(autocompleteBudget, "autocompleteBudget");
        Objects.requireNonNull(postTimeout, "postTimeout");
        if (deferAfter.isNegative() || deferAfter.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException("deferAfter must be 0 to 2.5 s, got " + deferAfter);
        }
        if (giveUpAfter.compareTo(deferAfter) <= 0 || giveUpAfter.compareTo(Duration.ofMinutes(14)) > 0) {
            throw new IllegalArgumentException(
                    "giveUpAfter must lie after deferAfter and within 14 min, got " + giveUpAfter);
        }
        if (autocompleteBudget.isNegative() || autocompleteBudget.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException("autocompleteBudget must be 0 to 2.5 s, got " + autocompleteBudget);
        }
        if (postTimeout.isZero() || postTimeout.isNegative()) {
            throw new IllegalArgumentException("postTimeout must be positive, got " + postTimeout);
        }
    }
}
