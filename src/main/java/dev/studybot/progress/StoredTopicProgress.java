package dev.studybot.progress;

import dev.studybot.chat.Caller;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.store.TopicStatusRepository;
import dev.studybot.topic.TopicProgress;
import dev.studybot.topic.TopicStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * The topic command's status port, kept in the database per member and topic. A topic without its
 * own mark takes its nearest marked ancestor's, and "done, shaky" is decided as {@code /progress}
 * decides it.
 */
public final class StoredTopicProgress implements TopicProgress {
    private final RoadmapLibrary library;
    private final Members members;
    private final TopicStatusRepository statuses;
    private final ProgressService progress;

    public StoredTopicProgress(
            RoadmapLibrary library, Members members, TopicStatusRepository statuses, ProgressService progress) {
        this.library = Objects.requireNonNull(library, "library");
        this.members = Objects.requireNonNull(members, "members");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public Optional<Standing> standing(Caller caller, String roadmapId, String topicId) {
        Optional<Roadmap> roadmap = library.get(roadmapId);
        if (roadmap.isEmpty()) {
            return Optional.empty();
        }
        return progress.standing(members.caller(caller), roadmap.get(), topicId).flatMap(standing -> TopicStatus.parse(
                        standing.status().code())
                .map(status -> new Standing(
                        status,
                        standing.inherited() ? Optional.of(standing.markedOn().id()) : Optional.empty(),
                        standing.shaky())));
    }

    @Override
    public void set(Caller caller, String roadmapId, String topicId, TopicStatus status) {
        MemberRef member = members.caller(caller);
        statuses.setStatus(member.userId(), roadmapId, topicId, dev.studybot.store.TopicStatus.fromCode(status.id()));
    }
}
