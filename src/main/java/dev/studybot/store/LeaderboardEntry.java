package dev.studybot.store;

import java.time.Instant;

/**
 * A member's place in a team's leaderboard for one period. Equal points rank by who got there first
 * ({@code reachedAt}); only identical points and time share a rank.
 */
public record LeaderboardEntry(int rank, long userId, String displayName, int points, int correct, Instant reachedAt) {}
