package dev.studybot.topic;

import dev.studybot.chat.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a member's status for a topic is kept. The topic command reads and sets it through this port
 * so it does not depend on storage.
 */
public interface TopicProgress {
    /**
     * The caller's status for a topic: their own mark, else the one they set on its nearest marked
     * ancestor (a status holds for a topic's whole subtree); empty when none holds.
     */
    Optional<Standing> standing(Caller caller, String roadmapId, String topicId);

    /** Sets the caller's status for a topic. */
    void set(Caller caller, String roadmapId, String topicId, TopicStatus status);

    /**
     * The status that holds for a member on a topic.
     *
     * @param status done, learning or skipped
     * @param inheritedFrom the id of the ancestor the member marked, or empty when they marked this topic
     * @param shaky the member is done with it but then answered its questions wrong; shown as "done,
     *     shaky"
     */
    record Standing(TopicStatus status, Optional<String> inheritedFrom, boolean shaky) {
        public Standing {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(inheritedFrom, "inheritedFrom");
        }
    }
}
