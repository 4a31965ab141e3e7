package dev.studybot.progress;

/**
 * A member as the store knows them: their team's row id, their own row id and their display name.
 * Every query of a feature is scoped by {@code teamId}.
 */
public record MemberRef(long teamId, long userId, String displayName) {}
