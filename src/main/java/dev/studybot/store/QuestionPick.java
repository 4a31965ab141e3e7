package dev.studybot.store;

import java.util.List;
import java.util.Objects;

/** The question a quiz will post, and the order its options are shown in. */
public record QuestionPick(String roadmapId, String questionId, String topicId, List<Integer> optionsOrder) {
    public QuestionPick {
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topicId, "topicId");
        optionsOrder = List.copyOf(optionsOrder);
    }

    String optionsOrderCode() {
        return optionsOrder.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
