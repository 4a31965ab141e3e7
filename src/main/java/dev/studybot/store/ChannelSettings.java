package dev.studybot.store;

import java.time.Instant;

/**
 * A team's channel and its daily quiz settings.
 *
 * @param quizSince when the daily quiz was last switched on or rescheduled (no quiz due earlier is
 *     posted), or null if it never was
 */
public record ChannelSettings(
        long id,
        long teamId,
        String externalId,
        String name,
        QuizSettings quiz,
        Instant createdAt,
        Instant updatedAt,
        Instant quizSince) {}
