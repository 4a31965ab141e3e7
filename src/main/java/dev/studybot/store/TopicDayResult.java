package dev.studybot.store;

/**
 * A team's answers on one topic's questions during one UTC day (quiz and practice together).
 *
 * @param epochDay days since 1970-01-01 (UTC)
 * @param answered how many answers
 * @param correct how many of them right
 */
public record TopicDayResult(String topicId, long epochDay, int answered, int correct) {}
