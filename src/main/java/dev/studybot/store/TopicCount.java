package dev.studybot.store;

/** How many members of a team have a topic at one status. */
public record TopicCount(String topicId, TopicStatus status, int members) {}
