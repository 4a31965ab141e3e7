package dev.studybot.quiz;

import dev.studybot.quiz.BankProblem.Rule;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a question bank against roadmap/quiz/README.md: what the bank reported while loading
 * (files that do not parse, missing or mistyped fields, options, answers, difficulty, kind, repeated
 * ids, unknown topics), files that name no known roadmap, and how the questions spread over the
 * roadmap. Spread errors point at the roadmap line of the level, section or topic concerned.
 */
public final class BankValidator {
    private final Limits limits;

    /**
     * The spread rules.
     *
     * @param minPerLevel at least this many questions under each level
     * @param minPerSection at least this many under each must-know section with real content
     * @param maxPerTopic at most this many on any one topic
     */
    public record Limits(int minPerLevel, int minPerSection, int maxPerTopic) {
        /** The limits of roadmap/quiz/README.md: 10 per level, 3 per must-know section, 8 per topic. */
        public static final Limits README = new Limits(10, 3, 8);

        /** The deepest a must-know section may sit to need questions of its own (1 is a section). */
        static final int SECTION_DEPTH = 3;
    }

    /** A validator with the limits of roadmap/quiz/README.md. */
    public BankValidator() {
        this(Limits.README);
    }

    public BankValidator(Limits limits) {
        this.limits = limits;
    }

    /** Validates a bank; files that name another roadmap are taken to name one that exists. */
    public BankReport validate(QuestionBank bank) {
        return validate(bank, null);
    }

    /**
     * Validates a bank.
     *
     * @param roadmapIds the roadmaps that exist; a bank file naming none of them is an error, or
     *     {@code null} not to check
     */
    public BankReport validate(QuestionBank bank, Collection<String> roadmapIds) {
        Roadmap roadmap = bank.roadmap();
        List<Question> questions = bank.questions();
        List<BankProblem> errors = new ArrayList<>(bank.problems());
        if (roadmapIds != null) {
            for (QuestionBank.OtherFile other : bank.otherFiles()) {
                if (!roadmapIds.contains(other.roadmapId())) {
                    errors.add(new BankProblem(
                            other.file(),
                            other.line(),
                            Rule.FILE,
                            "names roadmap '" + other.roadmapId() + "', which does not exist; the roadmaps are "
                                    + String.join(", ", roadmapIds)));
                }
            }
        }

        Map<String, Integer> byLevel = new LinkedHashMap<>();
        Map<String, Integer> bySection = new LinkedHashMap<>();
        for (Topic level : roadmap.levels()) {
            int count = bank.byLevel(level.id()).size();
            byLevel.put(level.title(), count);
            if (count < limits.minPerLevel()) {
                errors.add(spread(
                        roadmap,
                        level,
                        "level " + level.title() + " has " + count(count) + "; each level needs at least "
                                + limits.minPerLevel()));
            }
            for (Topic section : roadmap.children(level)) {
                bySection.put(section.pathString(), bank.inSubtree(section.id()).size());
            }
        }
        List<Topic> levels = roadmap.levels();
        for (Topic root : roadmap.roots()) {
            int count = bank.byLevel(root.id()).size();
            if (!levels.contains(root) && count > 0) {
                bySection.put(root.pathString(), count);
            }
        }

        Map<String, Integer> mustKnow = new LinkedHashMap<>();
        for (Topic section : mustKnowSections(roadmap)) {
            int count = bank.inSubtree(section.id()).size();
            mustKnow.put(section.pathString(), count);
            if (count < limits.minPerSection()) {
                errors.add(spread(
                        roadmap,
                        section,
                        "must-know section " + section.pathString() + " (" + section.id() + ") has " + count(count)
                                + " under it; it needs at least " + limits.minPerSection()));
            }
        }

        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        for (Question question : questions) {
            byTopic.computeIfAbsent(question.topicId(), k -> new ArrayList<>()).add(question);
        }
        for (Map.Entry<String, List<Question>> entry : byTopic.entrySet()) {
            List<Question> on = entry.getValue();
            if (on.size() > limits.maxPerTopic()) {
                Question first = on.get(limits.maxPerTopic());
                Topic topic = roadmap.byId(entry.getKey()).orElseThrow();
                errors.add(new BankProblem(
                        first.origin().file(),
                        first.origin().line(),
                        Rule.SPREAD,
                        "topic " + topic.id() + " (" + topic.pathString() + ") has " + on.size()
                                + " questions, more than the " + limits.maxPerTopic() + " allowed; this is the"
                                + " first one over, so move it or a later one to another topic"));
            }
        }
        return new BankReport(roadmap.id(), questions.size(), bank.files(), byLevel, bySection, mustKnow, errors);
    }

    /**
     * The must-know sections that need questions of their own: topics tagged 必会 at depth 3 or less
     * whose subtree has notes, code or a summary, or at least two subtopics.
     */
    public static List<Topic> mustKnowSections(Roadmap roadmap) {
        List<Topic> sections = new ArrayList<>();
        for (Topic topic : roadmap.topics()) {
            if (topic.isMustKnow() && topic.depth() <= Limits.SECTION_DEPTH && hasRealContent(roadmap, topic)) {
                sections.add(topic);
            }
        }
        return sections;
    }

    private static boolean hasRealContent(Roadmap roadmap, Topic section) {
        List<Topic> subtree = roadmap.subtree(section);
        if (subtree.size() - 1 >= 2) {
            return true;
        }
        for (Topic topic : subtree) {
            if (!topic.notes().isEmpty()
                    || !topic.code().isEmpty()
                    || !topic.summary().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static BankProblem spread(Roadmap roadmap, Topic topic, String message) {
        return new BankProblem(roadmap.source(), topic.line(), Rule.SPREAD, message);
    }

    private static String count(int n) {
        return n == 1 ? "1 question" : n + " questions";
    }
}
