package dev.studybot.store;

import java.time.Instant;

/** A team's channel and its daily quiz settings. */
public record ChannelSettings(
        long id,
        long teamId,
        String externalId,
        String name,
        QuizSettings quiz,
        Instant createdAt,
        Instant updatedAt) {}
