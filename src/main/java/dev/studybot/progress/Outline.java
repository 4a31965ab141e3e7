package dev.studybot.progress;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A roadmap as progress counts it: its topics depth first (so a topic's subtree is the range of
 * indexes after it), each topic's parent, and the levels (初级, 高级, ...) with their sections, the
 * topics one level down. Built once per loaded roadmap and shared.
 */
final class Outline {
    private static final Map<Roadmap, Outline> CACHE = new WeakHashMap<>();

    private final Roadmap roadmap;
    private final List<Topic> topics;
    private final Map<String, Integer> index;
    private final int[] parent;
    private final int[] end;
    private final List<Level> levels;
    private final List<Integer> studyUnits;

    /** A level and its sections, in roadmap order. */
    record Level(Topic topic, List<Topic> sections) {}

    private Outline(Roadmap roadmap) {
        this.roadmap = roadmap;
        List<Topic> ordered = new ArrayList<>(roadmap.size());
        List<Integer> parents = new ArrayList<>(roadmap.size());
        List<int[]> ends = new ArrayList<>();
        for (Topic root : roadmap.roots()) {
            visit(root, -1, ordered, parents, ends);
        }
        this.topics = List.copyOf(ordered);
        this.parent = parents.stream().mapToInt(Integer::intValue).toArray();
        this.end = new int[ordered.size()];
        for (int[] range : ends) {
            end[range[0]] = range[1];
        }
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            byId.put(topics.get(i).id(), i);
        }
        this.index = byId;
        List<Level> levelList = new ArrayList<>();
        for (Topic level : roadmap.levels()) {
            levelList.add(new Level(level, roadmap.children(level)));
        }
        this.levels = List.copyOf(levelList);
        List<Integer> units = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).isMustKnow() && !mustKnowBelow(i)) {
                units.add(i);
            }
        }
        this.studyUnits = List.copyOf(units);
    }

    private boolean mustKnowBelow(int i) {
        for (int j = i + 1; j < end[i]; j++) {
            if (topics.get(j).isMustKnow()) {
                return true;
            }
        }
        return false;
    }

    private void visit(Topic topic, int parentIndex, List<Topic> ordered, List<Integer> parents, List<int[]> ends) {
        int at = ordered.size();
        ordered.add(topic);
        parents.add(parentIndex);
        for (Topic child : roadmap.children(topic)) {
            visit(child, at, ordered, parents, ends);
        }
        ends.add(new int[] {at, ordered.size()});
    }

    /** The outline of a roadmap, built on first use. */
    static synchronized Outline of(Roadmap roadmap) {
        return CACHE.computeIfAbsent(roadmap, Outline::new);
    }

    Roadmap roadmap() {
        return roadmap;
    }

    int size() {
        return topics.size();
    }

    Topic topic(int i) {
        return topics.get(i);
    }

    /** The topic's index, or empty for an id the roadmap does not have (any more). */
    Optional<Integer> indexOf(String topicId) {
        return Optional.ofNullable(topicId == null ? null : index.get(topicId));
    }

    /** The parent's index, or -1 for a root. */
    int parent(int i) {
        return parent[i];
    }

    /** One past the last index of the topic's subtree: the subtree is {@code i .. end(i) - 1}. */
    int end(int i) {
        return end[i];
    }

    /** How many topics the subtree holds, the topic itself included. */
    int subtreeSize(int i) {
        return end[i] - i;
    }

    /** Whether {@code j} is {@code i} or under it. */
    boolean contains(int i, int j) {
        return j >= i && j < end[i];
    }

    List<Level> levels() {
        return levels;
    }

    /**
     * The must-know topics with no must-know topic under them, in roadmap order: the units a member
     * is told to study next (冯诺伊曼体系 rather than the whole of 计算机基础).
     */
    List<Integer> studyUnits() {
        return studyUnits;
    }
}
