/**
 * Progress: each member's topic status (done, learning, skipped, and "done, shaky" when answers
 * contradict it), mastery by section from quiz and practice answers, the next topics to study, and
 * the team's coverage with its blind spots; {@code /progress} and {@code /team} in words and
 * pictures. Core: no platform types; storage through {@code store} repositories, pictures through
 * {@code render}.
 */
package dev.studybot.progress;
