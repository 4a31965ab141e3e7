package dev.studybot.leaderboard;

import java.time.Instant;

/**
 * A member's place on the team's leaderboard for one period.
 *
 * @param rank 1 for the leader; equal points rank by who reached them first, so only identical
 *     points and times share a rank
 * @param points points earned in the period
 * @param correct right answers in the period
 * @param streak the member's current run of daily quizzes answered right (0 when none is alive)
 * @param reachedAt when the member reached these points
 */
public record Standing(int rank, long userId, String name, int points, int correct, int streak, Instant reachedAt) {}
