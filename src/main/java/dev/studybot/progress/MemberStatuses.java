package dev.studybot.progress;

import dev.studybot.store.TopicMark;
import dev.studybot.store.TopicResult;
import dev.studybot.store.TopicStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * One member's topic statuses over a roadmap's outline. A status set on a topic holds for its whole
 * subtree unless a subtopic has its own (marking 计算机基础 done marks its 100 subtopics done; a
 * subtopic marked learning stays learning). A topic that is done is "done, shaky" when the member
 * answered {@value #SHAKY_AFTER} or more questions on it or under it wrong after marking it done;
 * marking it done again starts the count afresh.
 */
final class MemberStatuses {
    /** Wrong answers after "done" that make a topic shaky. */
    static final int SHAKY_AFTER = 2;

    private final Outline outline;
    private final TopicMark[] own;
    private final int[] marker;

    private MemberStatuses(Outline outline, TopicMark[] own) {
        this.outline = outline;
        this.own = own;
        this.marker = new int[outline.size()];
        for (int i = 0; i < outline.size(); i++) {
            int parent = outline.parent(i);
            // depth-first order: a parent's marker is known before its children
            marker[i] = own[i] != null ? i : parent < 0 ? -1 : marker[parent];
        }
    }

    /** The member's statuses from the marks they set; marks on topics the roadmap lost are ignored. */
    static MemberStatuses of(Outline outline, Collection<TopicMark> marks) {
        TopicMark[] own = new TopicMark[outline.size()];
        for (TopicMark mark : marks) {
            outline.indexOf(mark.topicId()).ifPresent(i -> own[i] = mark);
        }
        return new MemberStatuses(outline, own);
    }

    /** The status that holds for the topic, its own or inherited, or empty when none does. */
    Optional<TopicStatus> effective(int i) {
        return marker[i] < 0 ? Optional.empty() : Optional.of(own[marker[i]].status());
    }

    boolean is(int i, TopicStatus status) {
        return marker[i] >= 0 && own[marker[i]].status() == status;
    }

    /** The member's own mark on the topic, if they set one. */
    Optional<TopicMark> own(int i) {
        return Optional.ofNullable(own[i]);
    }

    /** The topic whose mark holds for this one: itself when the member marked it, else the nearest marked ancestor. */
    Optional<Integer> markedOn(int i) {
        return marker[i] < 0 ? Optional.empty() : Optional.of(marker[i]);
    }

    /** When the status that holds for the topic was set. */
    Instant markedAt(int i) {
        return marker[i] < 0 ? Instant.MIN : own[marker[i]].updatedAt();
    }

    /**
     * For each topic that is done, how many answers on it or under it were wrong after its done mark;
     * shaky where that reaches {@link #SHAKY_AFTER}.
     */
    boolean[] shaky(Collection<TopicResult> results) {
        int[] wrong = new int[outline.size()];
        for (TopicResult result : results) {
            if (result.correct()) {
                continue;
            }
            Optional<Integer> at = outline.indexOf(result.topicId());
            if (at.isEmpty()) {
                continue;
            }
            for (int i = at.get(); i >= 0; i = outline.parent(i)) {
                if (is(i, TopicStatus.DONE) && result.answeredAt().isAfter(markedAt(i))) {
                    wrong[i]++;
                }
            }
        }
        boolean[] shaky = new boolean[outline.size()];
        for (int i = 0; i < wrong.length; i++) {
            shaky[i] = wrong[i] >= SHAKY_AFTER;
        }
        return shaky;
    }
}
