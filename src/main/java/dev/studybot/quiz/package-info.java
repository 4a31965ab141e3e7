/**
 * The daily quiz: the curated question bank and the questions generated from the roadmap, the
 * validator that keeps both honest, the pure rules of scheduling, picking, scoring and review, and
 * the feature built on them (the {@code /quiz} command, the service that posts, closes and reveals,
 * answers and practice, the every-minute routine). Imports {@code roadmap}, {@code content}, {@code
 * search}, {@code chat} and {@code store}; no platform types and no adapter or app package.
 */
package dev.studybot.quiz;
