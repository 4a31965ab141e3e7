package dev.studybot.quiz;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.ReviewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks a member's practice question from their own history, the way SM-2 schedules it: first a
 * question due for review (the most overdue), then one they never answered (curated before
 * generated); with a topic, both look in the topic's subtree first and widen to its parent, then
 * further up, only when the subtree has nothing left.
 */
public final class PracticePicker {
    private PracticePicker() {}

    /** Why the question was picked. */
    public enum Reason {
        /** SM-2 says it is due for review. */
        DUE,
        /** The member never answered it. */
        NEW
    }

    /** The pick, and the topic whose subtree it came from (null when from the whole roadmap). */
    public record Pick(Question question, Reason reason, Topic scope) {}

    /**
     * @param due the member's review states due now, the most overdue first
     * @param reviewed every question the member has a review state for
     * @param topic the topic to lean to, or null
     * @return empty when nothing is due and every question was answered before
     */
    public static Optional<Pick> pick(
            QuestionPool pool, List<ReviewState> due, Set<String> reviewed, Topic topic, Random random) {
        Roadmap roadmap = pool.roadmap();
        List<Topic> scopes = new ArrayList<>();
        for (Topic t = topic; t != null; t = roadmap.parent(t).orElse(null)) {
            scopes.add(t);
        }
        scopes.add(null);
        for (Topic scope : scopes) {
            for (ReviewState state : due) {
                Optional<Question> q = pool.byId(state.questionId());
                if (q.isPresent() && within(q.get(), scope)) {
                    return Optional.of(new Pick(q.get(), Reason.DUE, scope));
                }
            }
            for (List<Question> source : List.of(pool.curated(), pool.generated())) {
                List<Question> fresh = new ArrayList<>();
                for (Question q : source) {
                    if (!reviewed.contains(q.id()) && within(q, scope)) {
                        fresh.add(q);
                    }
                }
                if (!fresh.isEmpty()) {
                    return Optional.of(new Pick(fresh.get(random.nextInt(fresh.size())), Reason.NEW, scope));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean within(Question q, Topic scope) {
        return scope == null || q.topicId().equals(scope.id()) || q.topicId().startsWith(scope.id() + ".");
    }
}
