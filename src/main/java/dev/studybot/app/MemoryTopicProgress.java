package dev.studybot.app;

import dev.studybot.chat.Caller;
import dev.studybot.topic.TopicProgress;
import dev.studybot.topic.TopicStatus;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Topic status kept in memory for the life of the process, until storage is wired. */
final class MemoryTopicProgress implements TopicProgress {
    private final Map<String, TopicStatus> statuses = new ConcurrentHashMap<>();

    private static String key(Caller caller, String roadmapId, String topicId) {
        return caller.platform().id()
                + '\u0000'
                + caller.teamId()
                + '\u0000'
                + caller.userId()
                + '\u0000'
                + roadmapId
                + '\u0000'
                + topicId;
    }

    @Override
    public Optional<TopicStatus> status(Caller caller, String roadmapId, String topicId) {
        return Optional.ofNullable(statuses.get(key(caller, roadmapId, topicId)));
    }

    @Override
    public void set(Caller caller, String roadmapId, String topicId, TopicStatus status) {
        statuses.put(key(caller, roadmapId, topicId), status);
    }
}
