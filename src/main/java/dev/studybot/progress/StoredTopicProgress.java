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
 * The topic command's status port, kept in the database per member and topic; a done topic that the
 * member has since answered wrong twice reads as "done, shaky".
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
    public Optional<TopicStatus> status(Caller caller, String roadmapId, String topicId) {
        MemberRef member = members.caller(caller);
        return statuses.mark(member.userId(), roadmapId, topicId)
                .flatMap(mark -> TopicStatus.parse(mark.status().code()));
    }

    @Override
    public void set(Caller caller, String roadmapId, String topicId, TopicStatus status) {
        MemberRef member = members.caller(caller);
        statuses.setStatus(member.userId(), roadmapId, topicId, dev.studybot.store.TopicStatus.fromCode(status.id()));
    }

    @Override
    public boolean shaky(Caller caller, String roadmapId, String topicId) {
        Optional<Roadmap> roadmap = library.get(roadmapId);
        return roadmap.isPresent() && progress.shaky(members.caller(caller), roadmap.get(), topicId);
    }
}
