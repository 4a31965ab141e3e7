package dev.studybot.store;

import java.time.Instant;

/** A member of one team, as the bot stores them (table {@code users}). */
public record Member(long id, long teamId, String externalId, String displayName, Instant createdAt) {}
