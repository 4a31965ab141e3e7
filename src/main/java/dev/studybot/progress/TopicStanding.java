package dev.studybot.progress;

import dev.studybot.roadmap.Topic;
import dev.studybot.store.TopicStatus;

/**
 * The status that holds for a member on one topic and where it comes from.
 *
 * @param topic the topic asked about
 * @param status the member's own status for it, or the one inherited from {@code markedOn}
 * @param markedOn the topic the member marked: {@code topic} itself, or its nearest marked ancestor
 * @param shaky done, but answered wrong too often since (see {@link ProgressService#standing})
 */
public record TopicStanding(Topic topic, TopicStatus status, Topic markedOn, boolean shaky) {
    /** Whether the status comes from an ancestor's mark rather than the member's own on this topic. */
    public boolean inherited() {
        return !markedOn.id().equals(topic.id());
    }
}
