/**
 * Pictures for chat: a member's progress card, the team's coverage map and the leaderboard card,
 * drawn headless with Java2D from plain records into PNG bytes, with bundled fonts that draw Chinese.
 * Imports only the JDK and SLF4J: no platform type, no adapter, no store, no other feature.
 */
package dev.studybot.render;
