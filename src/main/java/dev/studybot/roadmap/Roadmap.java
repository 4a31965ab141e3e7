package dev.studybot.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed roadmap: its front matter and its topics, looked up by id, by path or by title. Immutable
 * and safe to share between threads.
 */
public final class Roadmap {
    private final String id;
    private final String title;
    private final String author;
    private final String category;
    private final String source;
    private final Map<String, Topic> byId;
    private final List<Topic> roots;
    private final Map<String, List<Topic>> byTitle;
    private final List<String> warnings;

    /**
     * @param id the roadmap's id, its file name without extension ({@code go-roadmap})
     * @param topics every topic in document order
     */
    public Roadmap(
            String id,
            String title,
            String author,
            String category,
            String source,
            List<Topic> topics,
            List<String> warnings) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = title == null ? id : title;
        this.author = author == null ? "" : author;
        this.category = category == null ? "" : category;
        this.source = source == null ? id : source;
        Map<String, Topic> ids = new LinkedHashMap<>();
        Map<String, List<Topic>> titles = new HashMap<>();
        List<Topic> rootList = new ArrayList<>();
        for (Topic topic : topics) {
            if (ids.putIfAbsent(topic.id(), topic) != null) {
                throw new IllegalArgumentException("duplicate topic id " + topic.id());
            }
            titles.computeIfAbsent(normalize(topic.title()), k -> new ArrayList<>())
                    .add(topic);
            if (topic.parentId() == null) {
                rootList.add(topic);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.roots = List.copyOf(rootList);
        titles.replaceAll((k, v) -> List.copyOf(v));
        this.byTitle = Collections.unmodifiableMap(titles);
        this.warnings = List.copyOf(warnings);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }

    public String category() {
        return category;
    }

    /** Where the roadmap was read from, for messages. */
    public String source() {
        return source;
    }

    /** Things the parser repaired or guessed, one sentence each, naming the line. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every topic in document order. */
    public Collection<Topic> topics() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public List<Topic> roots() {
        return roots;
    }

    /** The numbered roots: the roadmap's levels (初级, 高级, 资深, 专家). */
    public List<Topic> levels() {
        return roots.stream().filter(t -> !t.id().startsWith("u")).toList();
    }

    public Optional<Topic> byId(String topicId) {
        return Optional.ofNullable(topicId == null ? null : byId.get(topicId.trim()));
    }

    /** A topic by the titles from the root, separated by {@code /} ({@code 初级/计算机基础/操作系统}). */
    public Optional<Topic> byPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String[] parts = path.trim().split("\\s*/\\s*");
        List<Topic> level = roots;
        Topic found = null;
        for (String part : parts) {
            String wanted = normalize(part);
            found = null;
            for (Topic candidate : level) {
                if (normalize(candidate.title()).equals(wanted)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            level = children(found);
        }
        return Optional.ofNullable(found);
    }

    /** Every topic with this title, ignoring case and surrounding space, in document order. */
    public List<Topic> byTitle(String title) {
        return title == null ? List.of() : byTitle.getOrDefault(normalize(title), List.of());
    }

    public List<Topic> children(Topic topic) {
        List<Topic> result = new ArrayList<>(topic.childIds().size());
        for (String childId : topic.childIds()) {
            result.add(byId.get(childId));
        }
        return result;
    }

    public Optional<Topic> parent(Topic topic) {
        return byId(topic.parentId());
    }

    /** The root this topic sits under (itself for a root). */
    public Topic root(Topic topic) {
        Topic current = topic;
        while (current.parentId() != null) {
            current = byId.get(current.parentId());
        }
        return current;
    }

    /** The ancestor at depth 1 (a section such as 计算机基础), or empty for a root. */
    public Optional<Topic> section(Topic topic) {
        if (topic.parentId() == null) {
            return Optional.empty();
        }
        Topic current = topic;
        while (byId.get(current.parentId()).parentId() != null) {
            current = byId.get(current.parentId());
        }
        return Optional.of(current);
    }

    /** This topic and everything under it, depth first. */
    public List<Topic> subtree(Topic topic) {
        List<Topic> result = new ArrayList<>();
        collect(topic, result);
        return result;
    }

    private void collect(Topic topic, List<Topic> into) {
        into.add(topic);
        for (String childId : topic.childIds()) {
            collect(byId.get(childId), into);
        }
    }

    /** A copy of this roadmap with corrections attached to the topics they name. */
    public Roadmap withErrata(Map<String, List<String>> errata) {
        if (errata.isEmpty()) {
            return this;
        }
        List<Topic> updated = new ArrayList<>(byId.size());
        for (Topic topic : byId.values()) {
            List<String> notes = errata.get(topic.id());
            updated.add(notes == null ? topic : topic.withErrata(notes));
        }
        return new Roadmap(id, title, author, category, source, updated, warnings);
    }

    static String normalize(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Roadmap[" + id + ", " + byId.size() + " topics]";
    }
}
