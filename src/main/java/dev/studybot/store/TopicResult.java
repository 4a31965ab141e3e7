package dev.studybot.store;

import java.time.Instant;

/**
 * One answer a member gave on a roadmap topic's question, from the daily quiz or from practice: what
 * mastery and the "done, shaky" flag are computed from.
 */
public record TopicResult(String topicId, boolean correct, Instant answeredAt) {}
