package dev.studybot.quiz;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.TopicStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How well a team knows each section of the roadmap (the topics one level under 初级, 高级, ...),
 * from 0 to 1: half from its answers on the section's questions ({@code (right + 1) / (answered +
 * 2)}, so a section nobody answered counts as 0.5) and half from the share of the section's topics
 * its members are done with (a member's own mark on a topic, else the nearest marked ancestor's). The daily pick weighs a section by {@code 0.05 + (1 - knowledge)²}: a
 * section the team knows well still comes up, one it knows least comes up most.
 */
public final class TeamKnowledge {
    private final Roadmap roadmap;
    private final Map<String, double[]> answers = new HashMap<>();
    private final Map<String, Integer> doneMarks = new HashMap<>();
    private final Map<String, Integer> sectionSizes = new HashMap<>();
    private final int members;

    private TeamKnowledge(Roadmap roadmap, int members) {
        this.roadmap = roadmap;
        this.members = Math.max(1, members);
    }

    /** Knowledge of a team that has answered nothing and marked nothing: every section 0.25. */
    public static TeamKnowledge none(Roadmap roadmap) {
        return new TeamKnowledge(roadmap, 1);
    }

    /** Collects a team's answers and done marks, topic by topic. */
    public static Builder builder(Roadmap roadmap, int members) {
        return new Builder(new TeamKnowledge(roadmap, members));
    }

    /** Adds answers and marks to a {@link TeamKnowledge}. */
    public static final class Builder {
        private final TeamKnowledge knowledge;

        private Builder(TeamKnowledge knowledge) {
            this.knowledge = knowledge;
        }

        /** The team answered {@code answered} questions on the topic, {@code right} of them right. */
        public Builder answers(String topicId, int answered, int right) {
            knowledge.sectionKey(topicId).ifPresent(section -> {
                double[] counts = knowledge.answers.computeIfAbsent(section, k -> new double[2]);
                counts[0] += answered;
                counts[1] += right;
            });
            return this;
        }

        /** One member is done with the topic. */
        public Builder done(String topicId) {
            knowledge.sectionKey(topicId).ifPresent(section -> knowledge.doneMarks.merge(section, 1, Integer::sum));
            return this;
        }

        /**
         * One member's own marks, by topic id. A mark holds for the topic's subtree unless a subtopic
         * has its own (as in {@code /progress}), so each topic whose nearest marked ancestor-or-self is
         * done counts once; a subtopic marked learning or skipped under a done section does not.
         */
        public Builder member(Map<String, TopicStatus> marks) {
            Roadmap roadmap = knowledge.roadmap;
            marks.forEach((topicId, status) -> {
                if (status != TopicStatus.DONE) {
                    return;
                }
                roadmap.byId(topicId).ifPresent(marked -> {
                    for (Topic topic : roadmap.subtree(marked)) {
                        if (nearestMarked(roadmap, topic, marks).equals(marked)) {
                            done(topic.id());
                        }
                    }
                });
            });
            return this;
        }

        private static Topic nearestMarked(Roadmap roadmap, Topic topic, Map<String, TopicStatus> marks) {
            Topic current = topic;
            while (!marks.containsKey(current.id())) {
                current = roadmap.parent(current).orElseThrow();
            }
            return current;
        }

        public TeamKnowledge build() {
            return knowledge;
        }
    }

    /** The section a topic belongs to (itself for a root or a section), by id; empty for an unknown topic. */
    public Optional<String> sectionKey(String topicId) {
        return roadmap.byId(topicId).map(this::sectionOf).map(Topic::id);
    }

    private Topic sectionOf(Topic topic) {
        return roadmap.section(topic).orElse(topic);
    }

    /** The team's knowledge of a section, 0 (nothing) to 1 (all done, all right). */
    public double knowledge(String sectionId) {
        double[] counts = answers.get(sectionId);
        double accuracy = counts == null ? 0.5 : (counts[1] + 1) / (counts[0] + 2);
        int size = sectionSizes.computeIfAbsent(
                sectionId,
                id -> roadmap.byId(id).map(t -> roadmap.subtree(t).size()).orElse(1));
        double done = Math.min(1.0, doneMarks.getOrDefault(sectionId, 0) / ((double) members * size));
        return 0.5 * accuracy + 0.5 * done;
    }

    /** How strongly the pick leans to a section: {@code 0.05 + (1 - knowledge)²}. */
    public double weight(String sectionId) {
        double gap = 1 - knowledge(sectionId);
        return 0.05 + gap * gap;
    }
}
