package dev.studybot.quiz;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every question the quiz can ask on one version of a roadmap: the curated bank first, then the
 * generated questions (each id once; a curated question wins a clash), with each question's level.
 */
public final class QuestionPool {
    private final Roadmap roadmap;
    private final List<Question> curated;
    private final List<Question> generated;
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private final Map<String, Integer> levels = new LinkedHashMap<>();

    private QuestionPool(Roadmap roadmap, List<Question> curated, List<Question> generated) {
        this.roadmap = roadmap;
        List<Question> keptCurated = new ArrayList<>();
        List<Question> keptGenerated = new ArrayList<>();
        for (Question q : curated) {
            if (add(q)) {
                keptCurated.add(q);
            }
        }
        for (Question q : generated) {
            if (add(q)) {
                keptGenerated.add(q);
            }
        }
        this.curated = Collections.unmodifiableList(keptCurated);
        this.generated = Collections.unmodifiableList(keptGenerated);
    }

    private boolean add(Question q) {
        Optional<Topic> topic = roadmap.byId(q.topicId());
        if (topic.isEmpty() || byId.putIfAbsent(q.id(), q) != null) {
            return false;
        }
        levels.put(q.id(), levelOf(roadmap, topic.get()));
        return true;
    }

    /** A pool of these questions; those whose topic the roadmap lacks, and repeated ids, are left out. */
    public static QuestionPool of(Roadmap roadmap, List<Question> curated, List<Question> generated) {
        return new QuestionPool(Objects.requireNonNull(roadmap, "roadmap"), curated, generated);
    }

    /**
     * A topic's level, 1 (初级) to 4 (专家): the number of its root. Topics under an unnumbered root
     * (go可以做的事情) are introductory and count as level 1.
     */
    public static int levelOf(Roadmap roadmap, Topic topic) {
        String root = roadmap.root(topic).id();
        return root.matches("[1-4]") ? Integer.parseInt(root) : 1;
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    /** The curated questions, in bank order. */
    public List<Question> curated() {
        return curated;
    }

    /** The generated questions, in roadmap order. */
    public List<Question> generated() {
        return generated;
    }

    public Optional<Question> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The question's level (1..4); 1 for a question not in the pool. */
    public int level(Question question) {
        return levels.getOrDefault(question.id(), 1);
    }

    public boolean isCurated(Question question) {
        return question.source() == Question.Source.CURATED;
    }

    public int size() {
        return byId.size();
    }
}
