package dev.studybot.store;

/** A member's practice on one topic: how many attempts and how many right. */
public record TopicAttempts(String topicId, int attempts, int correct) {}
