package dev.studybot.topic;

import dev.studybot.chat.Caller;
import java.util.Optional;

/**
 * Where a member's status for a topic is kept. The topic command reads and sets it through this port
 * so it does not depend on storage.
 */
public interface TopicProgress {
    /** The caller's status for a topic, if they set one. */
    Optional<TopicStatus> status(Caller caller, String roadmapId, String topicId);

    /** Sets the caller's status for a topic. */
    void set(Caller caller, String roadmapId, String topicId, TopicStatus status);

    /**
     * A shaky flag: the member marked the topic done but then answered its questions wrong; shown as
     * "done, shaky".
     */
    default boolean shaky(Caller caller, String roadmapId, String topicId) {
        return false;
    }
}
