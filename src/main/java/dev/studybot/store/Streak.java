package dev.studybot.store;

import java.time.Instant;

/**
 * A member's run of daily quizzes in one channel: the current run, the best one, and the last quiz
 * that counted ({@code lastQuizId} null if that quiz is gone).
 */
public record Streak(long userId, long channelId, int current, int best, Long lastQuizId, Instant updatedAt) {}
