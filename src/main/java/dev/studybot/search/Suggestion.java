package dev.studybot.search;

/**
 * An autocomplete choice: what the user sees and the topic id that comes back when they pick it.
 *
 * @param label the title and a short path, at most 100 characters
 * @param topicId the topic id
 */
public record Suggestion(String label, String topicId) {}
