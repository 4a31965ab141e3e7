/**
 * The daily quiz: the curated question bank and the questions generated from the roadmap, the
 * validator that keeps both honest, and the pure rules of scheduling, scoring and review. Imports
 * {@code roadmap} and {@code content} only; no platform types and nothing of {@code chat} or the
 * adapters.
 */
package dev.studybot.quiz;
