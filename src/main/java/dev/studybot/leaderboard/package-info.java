/**
 * The leaderboard: periods by the team's time zone, running totals kept on each answer, top ten and
 * the caller's own rank. Core: no platform types; storage through {@code store} repositories.
 */
package dev.studybot.leaderboard;
