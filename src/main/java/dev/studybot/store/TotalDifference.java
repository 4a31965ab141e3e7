package dev.studybot.store;

/**
 * A leaderboard total that a rebuild from the score events changed: what was stored and what the
 * events say (points and right answers; 0 where a row was missing).
 */
public record TotalDifference(
        PeriodKey period, long userId, int storedPoints, int storedCorrect, int rebuiltPoints, int rebuiltCorrect) {}
