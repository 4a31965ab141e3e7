package dev.studybot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quiz posted (or about to be, or skipped) in a channel. The question fields are null only for a
 * skipped day; {@code messageId}, the claim and the open and close times are null until they
 * happen.
 *
 * @param optionsOrder the shuffle used when posting: position i shows the question's option
 *     {@code optionsOrder.get(i)}
 */
public record Quiz(
        long id,
        long channelId,
        QuizKind kind,
        LocalDate localDate,
        String roadmapId,
        String questionId,
        String topicId,
        List<Integer> optionsOrder,
        QuizState state,
        String messageId,
        String claimedBy,
        Instant claimExpiresAt,
        Instant scheduledAt,
        Instant openedAt,
        Instant closesAt,
        Instant closedAt) {

    public Quiz {
        optionsOrder = optionsOrder == null ? List.of() : List.copyOf(optionsOrder);
    }
}
