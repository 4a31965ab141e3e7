package dev.studybot.progress;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.TopicResult;
import dev.studybot.store.TopicStatus;
import dev.studybot.store.TopicStatusRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a member's progress from the store: the statuses they set, and their quiz and practice
 * answers for mastery and for "done, shaky". Two queries per member, whatever the roadmap's size.
 */
public final class ProgressService {
    /** How many next topics a member is shown. */
    public static final int NEXT = 3;

    private final TopicStatusRepository statuses;
    private final AnswerRepository answers;
    private final Clock clock;

    public ProgressService(TopicStatusRepository statuses, AnswerRepository answers, Clock clock) {
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The member's progress through the roadmap, as of now. */
    public MemberProgress progress(MemberRef member, Roadmap roadmap) {
        Outline outline = Outline.of(roadmap);
        MemberStatuses own = MemberStatuses.of(outline, statuses.marks(member.userId(), roadmap.id()));
        List<TopicResult> results = answers.results(member.userId(), roadmap.id());
        Instant now = clock.instant();
        boolean[] shaky = own.shaky(results);
        int[] resultAt = new int[results.size()];
        for (int r = 0; r < results.size(); r++) {
            resultAt[r] = outline.indexOf(results.get(r).topicId()).orElse(-1);
        }

        List<MemberProgress.Row> rows = new ArrayList<>();
        for (Outline.Level level : outline.levels()) {
            rows.add(row(MemberProgress.Kind.LEVEL, level.topic(), outline, own, shaky, results, resultAt, now));
            for (Topic section : level.sections()) {
                if (section.isMustKnow()) {
                    rows.add(row(MemberProgress.Kind.SECTION, section, outline, own, shaky, results, resultAt, now));
                }
            }
        }

        List<MemberProgress.Next> candidates = new ArrayList<>();
        for (int i : outline.studyUnits()) {
            Optional<TopicStatus> status = own.effective(i);
            MemberProgress.Reason reason;
            if (status.isEmpty()) {
                reason = MemberProgress.Reason.NEW;
            } else if (status.get() == TopicStatus.LEARNING) {
                reason = MemberProgress.Reason.LEARNING;
            } else if (status.get() == TopicStatus.DONE && shaky[i]) {
                reason = MemberProgress.Reason.SHAKY;
            } else {
                continue; // done and holding, or skipped
            }
            candidates.add(new MemberProgress.Next(outline.topic(i), reason));
        }
        // stable sort: within a reason, roadmap order
        candidates.sort(Comparator.comparing(MemberProgress.Next::reason));
        List<MemberProgress.Next> next = candidates.subList(0, Math.min(NEXT, candidates.size()));

        List<Topic> shakyTopics = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            if (shaky[i] && own.own(i).isPresent()) {
                shakyTopics.add(outline.topic(i));
            }
        }
        return new MemberProgress(member, roadmap, rows, next, shakyTopics, results.size());
    }

    private static MemberProgress.Row row(
            MemberProgress.Kind kind,
            Topic topic,
            Outline outline,
            MemberStatuses own,
            boolean[] shaky,
            List<TopicResult> results,
            int[] resultAt,
            Instant now) {
        int at = outline.indexOf(topic.id()).orElseThrow();
        int done = 0;
        int learning = 0;
        int shakyCount = 0;
        for (int i = at; i < outline.end(at); i++) {
            if (own.is(i, TopicStatus.DONE)) {
                done++;
                if (shaky[i]) {
                    shakyCount++;
                }
            } else if (own.is(i, TopicStatus.LEARNING)) {
                learning++;
            }
        }
        Mastery mastery = new Mastery(now);
        for (int r = 0; r < results.size(); r++) {
            if (resultAt[r] >= 0 && outline.contains(at, resultAt[r])) {
                mastery.add(results.get(r).correct(), results.get(r).answeredAt());
            }
        }
        return new MemberProgress.Row(
                kind, topic, done, learning, outline.subtreeSize(at), shakyCount, mastery.value(), mastery.answered());
    }

    /**
     * The status that holds for the member on one topic, their own mark or the nearest marked
     * ancestor's, and whether it is "done, shaky" the way {@link #progress} decides it; empty when no
     * status holds or the roadmap has no such topic.
     */
    public Optional<TopicStanding> standing(MemberRef member, Roadmap roadmap, String topicId) {
        Outline outline = Outline.of(roadmap);
        Optional<Integer> at = outline.indexOf(topicId);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        MemberStatuses own = MemberStatuses.of(outline, statuses.marks(member.userId(), roadmap.id()));
        Optional<Integer> markedOn = own.markedOn(at.get());
        if (markedOn.isEmpty()) {
            return Optional.empty();
        }
        TopicStatus status = own.effective(at.get()).orElseThrow();
        boolean shaky =
                status == TopicStatus.DONE && own.shaky(answers.results(member.userId(), roadmap.id()))[at.get()];
        return Optional.of(new TopicStanding(outline.topic(at.get()), status, outline.topic(markedOn.get()), shaky));
    }

    /**
     * Whether the status that holds for the member on this topic, own or inherited, is "done, shaky":
     * answered wrong {@value MemberStatuses#SHAKY_AFTER} times or more, on it or under it, since that
     * done mark. False when no done holds for it.
     */
    public boolean shaky(MemberRef member, Roadmap roadmap, String topicId) {
        return standing(member, roadmap, topicId).map(TopicStanding::shaky).orElse(false);
    }
}
