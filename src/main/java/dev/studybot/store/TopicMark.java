package dev.studybot.store;

import java.time.Instant;

/**
 * A member's status for one topic and when they set it.
 *
 * @param userId the member
 * @param topicId the topic within its roadmap
 * @param status done, learning or skipped
 * @param updatedAt when the member last set it (pressing the same status again moves it)
 */
public record TopicMark(long userId, String topicId, TopicStatus status, Instant updatedAt) {}
