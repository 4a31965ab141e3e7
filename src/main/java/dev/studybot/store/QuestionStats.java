package dev.studybot.store;

/** How one question fared in a team: times asked, answers, right answers. */
public record QuestionStats(long teamId, String roadmapId, String questionId, int asked, int answered, int correct) {}
