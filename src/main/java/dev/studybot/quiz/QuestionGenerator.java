package dev.studybot.quiz;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Makes questions from the roadmap's own structure and text, by three rules:
 *
 * <ul>
 *   <li>{@link Rule#DEFINE}: a topic's summary (or first note), its title words masked, asks which
 *       topic it defines; the options are the topic and three of its siblings;
 *   <li>{@link Rule#BELONGS}: which of four topics sits under a section: one of its children (or
 *       deeper topics) and three topics from other sections of the same level;
 *   <li>{@link Rule#ODD_ONE_OUT}: which of four topics does not sit under a section: three of its
 *       children and one topic from elsewhere in the same level.
 * </ul>
 *
 * A question is made only when four options can be found whose labels are distinct and do not
 * overlap (none equals another ignoring case or contains another), so no option gives another
 * away. Which topics get a question does not depend on the seed, and each question has a stable id
 * ({@code gen-define-1.1.3.3}), so the daily picker can avoid repeats; the seed picks the
 * distractors and the option order, the same seed always the same ones.
 */
public final class QuestionGenerator {
    /** Longest title used as an option; longer ones are sentences, not topic names. */
    static final int MAX_TITLE = 24;

    private static final int DISTRACTORS = Question.OPTIONS - 1;

    private final Roadmap roadmap;
    private final Map<String, Map<String, Integer>> titlesPerLevel = new HashMap<>();
    private final Map<String, String> levelOf = new HashMap<>();
    private final Map<String, List<List<Topic>>> outsiders = new ConcurrentHashMap<>();

    /** The rules, each with the id prefix of its questions and its name in the explanation. */
    public enum Rule {
        DEFINE("define", "按描述认主题", "name the topic a description defines"),
        BELONGS("belongs", "哪一项属于这一节", "which of these belongs under a section"),
        ODD_ONE_OUT("odd", "哪一项不属于这一节", "which of these does not belong under a section");

        private final String slug;
        private final String chinese;
        private final String english;

        Rule(String slug, String chinese, String english) {
            this.slug = slug;
            this.chinese = chinese;
            this.english = english;
        }

        /** The id of this rule's question on a topic: {@code gen-<rule>-<topic id>}. */
        public String questionId(String topicId) {
            return BankFileReader.GENERATED_PREFIX + slug + "-" + topicId;
        }

        /** The rule's name as the Chinese explanation gives it. */
        public String chinese() {
            return chinese;
        }

        /** The rule's name as the English explanation gives it. */
        public String english() {
            return english;
        }
    }

    public QuestionGenerator(Roadmap roadmap) {
        this.roadmap = roadmap;
        for (Topic topic : roadmap.topics()) {
            String level = roadmap.root(topic).id();
            levelOf.put(topic.id(), level);
            titlesPerLevel
                    .computeIfAbsent(level, k -> new HashMap<>())
                    .merge(Labels.normalize(topic.title()), 1, Integer::sum);
        }
    }

    /** Every question the rules can make, by topic in document order, for a seed. */
    public List<Question> generate(long seed) {
        List<Question> questions = new ArrayList<>();
        for (Topic topic : roadmap.topics()) {
            define(topic, seed).ifPresent(questions::add);
            belongs(topic, seed).ifPresent(questions::add);
            oddOneOut(topic, seed).ifPresent(questions::add);
        }
        return questions;
    }

    /** Rule 1: which topic does this description define; empty when the topic does not qualify. */
    public Optional<Question> define(Topic topic, long seed) {
        // a topic with an erratum has text known to be wrong or dated: no question quotes it
        if (topic.parentId() == null || !usable(topic) || !topic.errata().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> description = description(topic);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        Topic parent = roadmap.parent(topic).orElseThrow();
        String text = description.get();
        String lowered = Labels.normalize(text);
        List<Topic> siblings = new ArrayList<>();
        for (Topic sibling : roadmap.children(parent)) {
            // a sibling named in the description would be a hint, not a distractor
            if (!sibling.equals(topic) && usable(sibling) && !lowered.contains(Labels.normalize(sibling.title()))) {
                siblings.add(sibling);
            }
        }
        String id = Rule.DEFINE.questionId(topic.id());
        Optional<List<Topic>> distractors =
                choose(List.of(siblings), DISTRACTORS, List.of(topic.title()), random(seed, id));
        if (distractors.isEmpty()) {
            return Optional.empty();
        }
        String kindOfText = topic.summary().isBlank() ? "笔记" : "说明";
        String stem = "下面这段话描述的是「" + parent.title() + "」下的哪一项？\n“" + text + "”";
        String englishStem = "Which item under “" + parent.title() + "” does this description define?\n“" + text + "”";
        String others = quoted(distractors.get(), "「", "」", "");
        String explanation = "生成题（规则：" + Rule.DEFINE.chinese() + "）：这段话出自路线图主题「" + topic.pathString() + "」（"
                + topic.id() + "）的" + kindOfText + "。其余三个选项" + others + "是它在「" + parent.title()
                + "」下的同级主题，这段话说的不是它们。";
        String englishExplanation = "Generated question (rule: " + Rule.DEFINE.english()
                + "): the description is taken from the roadmap topic “" + topic.pathString() + "” (" + topic.id()
                + "); the other options, " + quoted(distractors.get(), "“", "”", ", ") + ", are its siblings under “"
                + parent.title() + "”.";
        return Optional.of(question(
                id, topic, 2, topic, distractors.get(), stem, englishStem, explanation, englishExplanation, seed));
    }

    /** Rule 2: which of these belongs under this section; empty when the section does not qualify. */
    public Optional<Question> belongs(Topic section, long seed) {
        if (section.parentId() == null || section.childIds().isEmpty()) {
            return Optional.empty();
        }
        List<Topic> answers =
                roadmap.children(section).stream().filter(this::distinctive).toList();
        if (answers.isEmpty()) {
            answers = roadmap.subtree(section).stream()
                    .filter(t -> !t.equals(section) && distinctive(t))
                    .toList();
        }
        // an answer that repeats the section's title gives itself away
        List<Topic> subtle = answers.stream()
                .filter(t -> !Labels.normalize(t.title()).contains(Labels.normalize(section.title())))
                .toList();
        if (!subtle.isEmpty()) {
            answers = subtle;
        }
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        // whether the section qualifies is decided in document order, so it does not depend on the seed
        Topic answer = null;
        Optional<List<Topic>> distractors = Optional.empty();
        for (Topic candidate : answers) {
            distractors = choose(outsiders(section, candidate.depth()), DISTRACTORS, List.of(candidate.title()), null);
            if (distractors.isPresent()) {
                answer = candidate;
                break;
            }
        }
        if (answer == null) {
            return Optional.empty();
        }
        String id = Rule.BELONGS.questionId(section.id());
        Random random = random(seed, id);
        Topic drawn = answers.get(random.nextInt(answers.size()));
        Optional<List<Topic>> drawnDistractors =
                choose(outsiders(section, drawn.depth()), DISTRACTORS, List.of(drawn.title()), random);
        if (drawnDistractors.isPresent()) {
            answer = drawn;
            distractors = drawnDistractors;
        }
        Topic level = roadmap.root(section);
        String stem = "在路线图里，下列哪一项属于「" + section.pathString() + "」？";
        String englishStem = "In the roadmap, which of these belongs under “" + section.pathString() + "”?";
        StringBuilder where = new StringBuilder();
        StringBuilder englishWhere = new StringBuilder();
        for (Topic distractor : distractors.get()) {
            String parent = roadmap.parent(distractor).map(Topic::pathString).orElse("");
            where.append("「")
                    .append(distractor.title())
                    .append("」在「")
                    .append(parent)
                    .append("」下；");
            englishWhere
                    .append(" “")
                    .append(distractor.title())
                    .append("” is under “")
                    .append(parent)
                    .append("”;");
        }
        String explanation = "生成题（规则：" + Rule.BELONGS.chinese() + "）：「" + answer.title() + "」是「"
                + section.title() + "」（" + section.id() + "）下的主题（" + answer.id() + "）。其余三项来自「"
                + level.title() + "」的其他章节：" + where.substring(0, where.length() - 1) + "。";
        String englishExplanation = "Generated question (rule: " + Rule.BELONGS.english() + "): “" + answer.title()
                + "” (" + answer.id() + ") is under “" + section.title() + "” (" + section.id()
                + "). The others come from other sections of “" + level.title() + "”:"
                + englishWhere.substring(0, englishWhere.length() - 1) + ".";
        return Optional.of(question(
                id, section, 1, answer, distractors.get(), stem, englishStem, explanation, englishExplanation, seed));
    }

    /** Rule 3: which of these does not belong under this topic; empty when it does not qualify. */
    public Optional<Question> oddOneOut(Topic section, long seed) {
        List<Topic> children =
                roadmap.children(section).stream().filter(this::distinctive).toList();
        if (children.size() < DISTRACTORS) {
            return Optional.empty();
        }
        // whether the topic qualifies is decided in document order, so it does not depend on the seed
        Optional<List<Topic>> members = choose(List.of(children), DISTRACTORS, List.of(), null);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Topic>> odd =
                choose(outsiders(section, members.get().get(0).depth()), 1, titles(members.get()), null);
        if (odd.isEmpty()) {
            return Optional.empty();
        }
        String id = Rule.ODD_ONE_OUT.questionId(section.id());
        Random random = random(seed, id);
        Optional<List<Topic>> drawnMembers = choose(List.of(children), DISTRACTORS, List.of(), random);
        Optional<List<Topic>> drawnOdd =
                drawnMembers.flatMap(m -> choose(outsiders(section, m.get(0).depth()), 1, titles(m), random));
        if (drawnOdd.isPresent()) {
            members = drawnMembers;
            odd = drawnOdd;
        }
        Topic outsider = odd.get().get(0);
        String outsiderParent = roadmap.parent(outsider).map(Topic::pathString).orElse(outsider.pathString());
        String stem = "在路线图里，下列哪一项不在「" + section.pathString() + "」之下？";
        String englishStem = "In the roadmap, which of these is not under “" + section.pathString() + "”?";
        String explanation = "生成题（规则：" + Rule.ODD_ONE_OUT.chinese() + "）：「" + outsider.title() + "」在「"
                + outsiderParent + "」下（" + outsider.id() + "），不属于「" + section.title() + "」（" + section.id()
                + "）；" + quoted(members.get(), "「", "」", "") + "都是「" + section.title() + "」的子主题。";
        String englishExplanation = "Generated question (rule: " + Rule.ODD_ONE_OUT.english() + "): “"
                + outsider.title() + "” (" + outsider.id() + ") is under “" + outsiderParent + "”, not under “"
                + section.title() + "” (" + section.id() + "); " + quoted(members.get(), "“", "”", ", ")
                + " are its subtopics.";
        return Optional.of(question(
                id, section, 1, outsider, members.get(), stem, englishStem, explanation, englishExplanation, seed));
    }

    private Question question(
            String id,
            Topic tested,
            int difficulty,
            Topic right,
            List<Topic> wrong,
            String stem,
            String englishStem,
            String explanation,
            String englishExplanation,
            long seed) {
        List<String> options = new ArrayList<>();
        options.add(right.title().strip());
        wrong.forEach(t -> options.add(t.title().strip()));
        // a separate stream for the order, so it does not shift when a rule draws more distractors
        Random order = random(seed, id + "#order");
        shuffle(options, order);
        int answer = options.indexOf(right.title().strip());
        return new Question(
                id,
                roadmap.id(),
                tested.id(),
                stem,
                "",
                options,
                answer,
                explanation,
                difficulty,
                Question.Kind.RECALL,
                Question.Source.GENERATED,
                Optional.of(new Question.Translation(englishStem, List.of(), englishExplanation)),
                new Question.Origin(roadmap.source(), tested.line()));
    }

    /**
     * Topics in the same level as {@code section} but outside it (not under it, not above it, not the
     * level itself), whose titles could not be taken for one under it: those at {@code depth}, then
     * the others.
     */
    private List<List<Topic>> outsiders(Topic section, int depth) {
        // the same section is asked for again with each candidate answer; the answer does not change
        return outsiders.computeIfAbsent(section.id() + "@" + depth, k -> findOutsiders(section, depth));
    }

    private List<List<Topic>> findOutsiders(Topic section, int depth) {
        Topic level = roadmap.root(section);
        String prefix = section.id() + ".";
        List<String> insideTitles = new ArrayList<>();
        for (Topic topic : roadmap.subtree(section)) {
            insideTitles.add(Labels.normalize(topic.title()));
        }
        List<Topic> sameDepth = new ArrayList<>();
        List<Topic> rest = new ArrayList<>();
        List<Topic> scope = section.parentId() == null ? List.copyOf(roadmap.topics()) : roadmap.subtree(level);
        for (Topic topic : scope) {
            String id = topic.id();
            boolean inside = id.equals(section.id()) || id.startsWith(prefix);
            boolean above = section.id().startsWith(id + ".");
            if (topic.parentId() == null || inside || above || !distinctive(topic)) {
                continue;
            }
            String title = Labels.normalize(topic.title());
            if (insideTitles.stream().noneMatch(t -> Labels.ambiguous(t, title))) {
                (topic.depth() == depth ? sameDepth : rest).add(topic);
            }
        }
        return List.of(List.copyOf(sameDepth), List.copyOf(rest));
    }

    /**
     * {@code n} topics from the groups (preferred group first) whose labels clash with none of
     * {@code taken} nor each other. Whether they exist is decided in group order, so it does not
     * depend on the seed; which ones are taken is the seed's choice, each group shuffled on its own
     * (group order for a {@code null} random).
     */
    private static Optional<List<Topic>> choose(List<List<Topic>> groups, int n, List<String> taken, Random random) {
        List<Topic> pool = new ArrayList<>();
        groups.forEach(pool::addAll);
        List<Topic> inOrder = greedy(pool, n, taken);
        if (inOrder.size() < n) {
            return Optional.empty();
        }
        if (random == null) {
            return Optional.of(inOrder);
        }
        List<Topic> shuffled = new ArrayList<>();
        for (List<Topic> group : groups) {
            List<Topic> copy = new ArrayList<>(group);
            shuffle(copy, random);
            shuffled.addAll(copy);
        }
        List<Topic> picked = greedy(shuffled, n, taken);
        return Optional.of(picked.size() == n ? picked : inOrder);
    }

    private static List<String> titles(List<Topic> topics) {
        return topics.stream().map(Topic::title).toList();
    }

    private static List<Topic> greedy(List<Topic> pool, int n, List<String> taken) {
        List<String> labels = new ArrayList<>(taken);
        List<Topic> picked = new ArrayList<>();
        for (Topic topic : pool) {
            if (picked.size() == n) {
                break;
            }
            if (labels.stream().noneMatch(label -> Labels.clash(label, topic.title()))) {
                picked.add(topic);
                labels.add(topic.title());
            }
        }
        return picked;
    }

    /** A description must keep this many letters once the title is masked. */
    private static final int MIN_DESCRIPTION = 6;

    /** Descriptions are cut to this many characters. */
    private static final int MAX_DESCRIPTION = 160;

    /** The topic's summary, else its first note, long enough once its title is masked. */
    private static Optional<String> description(Topic topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.summary());
        texts.addAll(topic.notes());
        for (String text : texts) {
            String masked = Labels.mask(text.strip(), topic.title());
            if (Labels.letters(masked.replace(Labels.MASK, "")) >= MIN_DESCRIPTION) {
                return Optional.of(Labels.cut(masked, MAX_DESCRIPTION));
            }
        }
        return Optional.empty();
    }

    /** A title fit to be an option: a name, not a sentence. */
    static boolean usable(Topic topic) {
        String title = topic.title().strip();
        int length = title.codePointCount(0, title.length());
        return length > 0 && length <= MAX_TITLE && !title.contains("\n");
    }

    /**
     * A title fit to be an option of a structure question: usable, and the only one of its kind in
     * its level, since a title such as 缺点 that recurs under many topics says nothing of where it
     * sits.
     */
    private boolean distinctive(Topic topic) {
        return usable(topic)
                && titlesPerLevel.get(levelOf.get(topic.id())).getOrDefault(Labels.normalize(topic.title()), 0) == 1;
    }

    private static String quoted(List<Topic> topics, String open, String close, String separator) {
        return topics.stream().map(t -> open + t.title().strip() + close).collect(Collectors.joining(separator));
    }

    private static Random random(long seed, String id) {
        // String.hashCode is specified, so the same seed gives the same questions on every JVM
        return new Random(seed * 0x9E3779B97F4A7C15L + id.hashCode());
    }

    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
