package dev.studybot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds topics: an id or a path goes straight to its topic, anything else goes through the roadmap's
 * Lucene index. Results are cached with Caffeine; a roadmap reload rebuilds its index and drops the
 * cache.
 */
public final class TopicSearch {
    /** Discord's limits: at most 25 choices of at most 100 characters. */
    public static final int MAX_SUGGESTIONS = 25;

    public static final int MAX_LABEL = 100;
    private static final Pattern ID_LIKE = Pattern.compile("^(u?\\d+|u\\d+)(\\.(u?\\d+)(~\\d+)?)*$");

    private final RoadmapLibrary library;
    private final Map<String, TopicIndex> indexes = new ConcurrentHashMap<>();
    private final Cache<String, List<SearchHit>> cache;

    public TopicSearch(RoadmapLibrary library, Ticker ticker, long maxEntries) {
        this.library = library;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(maxEntries)
                .expireAfterAccess(Duration.ofHours(1))
                .build();
        library.all().forEach(r -> indexes.put(r.id(), TopicIndex.build(r)));
        library.onReload(roadmap -> {
            indexes.put(roadmap.id(), TopicIndex.build(roadmap));
            cache.invalidateAll();
        });
    }

    /** A topic named exactly by id, by path from the root, or by a title only one topic has. */
    public Optional<Topic> resolve(Roadmap roadmap, String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        String text = query.strip();
        Optional<Topic> byId = roadmap.byId(text);
        if (byId.isPresent()) {
            return byId;
        }
        if (text.contains("/")) {
            Optional<Topic> byPath = roadmap.byPath(text);
            if (byPath.isPresent()) {
                return byPath;
            }
        }
        List<Topic> byTitle = roadmap.byTitle(text);
        return byTitle.size() == 1 ? Optional.of(byTitle.get(0)) : Optional.empty();
    }

    /**
     * Whether the first hit is the only one whose title holds the query ({@code 缓存淘汰} in
     * 常见缓存淘汰算法 and in no other hit): then the member named it. Otherwise ({@code goroutine},
     * which two topics are called, or words no title holds) the first hit is a guess, to be shown
     * as the closest match and not acted on.
     */
    public static boolean namesOnlyTheFirst(String query, List<SearchHit> hits) {
        if (query == null || hits.isEmpty()) {
            return false;
        }
        String wanted = compact(query);
        if (wanted.isEmpty() || !compact(hits.get(0).title()).contains(wanted)) {
            return false;
        }
        return hits.stream().skip(1).noneMatch(hit -> compact(hit.title()).contains(wanted));
    }

    private static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** The best topics for a query, best first; an id or path query returns just that topic. */
    public List<SearchHit> search(Roadmap roadmap, String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String text = query.strip();
        String key = roadmap.id() + "\u0000s\u0000" + limit + "\u0000" + text.toLowerCase(Locale.ROOT);
        return cache.get(key, k -> {
            Optional<Topic> direct =
                    roadmap.byId(text).or(() -> text.contains("/") ? roadmap.byPath(text) : Optional.empty());
            if (direct.isPresent()) {
                Topic topic = direct.get();
                return List.of(new SearchHit(topic.id(), topic.title(), topic.path(), Float.MAX_VALUE));
            }
            return index(roadmap).search(text, limit);
        });
    }

    /**
     * Choices for a partly typed query, at most 25, each label at most 100 characters, best first. An
     * empty query offers the roadmap's sections; a partial id offers the ids that start with it.
     */
    public List<Suggestion> autocomplete(Roadmap roadmap, String partial) {
        String text = partial == null ? "" : partial.strip();
        List<Topic> topics = new ArrayList<>();
        if (text.isEmpty()) {
            for (Topic level : roadmap.levels()) {
                topics.add(level);
                topics.addAll(roadmap.children(level));
            }
        } else if (ID_LIKE.matcher(text).matches()
                || text.endsWith(".")
                        && ID_LIKE.matcher(text.substring(0, text.length() - 1)).matches()) {
            for (Topic topic : roadmap.topics()) {
                if (topic.id().startsWith(text)) {
                    topics.add(topic);
                }
                if (topics.size() >= MAX_SUGGESTIONS) {
                    break;
                }
            }
        }
        if (topics.isEmpty() && !text.isEmpty()) {
            String key = roadmap.id() + "\u0000c\u0000" + text.toLowerCase(Locale.ROOT);
            List<SearchHit> hits = cache.get(key, k -> index(roadmap).complete(text, MAX_SUGGESTIONS));
            for (SearchHit hit : hits) {
                roadmap.byId(hit.id()).ifPresent(topics::add);
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Topic topic : topics) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            suggestions.add(new Suggestion(label(topic), topic.id()));
        }
        return suggestions;
    }

    /** {@code epoll · 初级 › … › 多路复用 IO}: the title and where it sits, cut to 100 characters. */
    static String label(Topic topic) {
        List<String> path = topic.path();
        StringBuilder label = new StringBuilder(topic.title());
        if (path.size() > 1) {
            label.append(" · ").append(path.get(0));
            if (path.size() > 3) {
                label.append(" › …");
            }
            if (path.size() > 2) {
                label.append(" › ").append(path.get(path.size() - 2));
            }
        }
        return cut(label.toString(), MAX_LABEL);
    }

    /** Cuts text to at most {@code max} characters (code points), ending with … when cut. */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }

    private TopicIndex index(Roadmap roadmap) {
        TopicIndex index = indexes.get(roadmap.id());
        if (index == null || index.roadmap() != roadmap) {
            index = TopicIndex.build(roadmap);
            indexes.put(roadmap.id(), index);
        }
        return index;
    }

    /** Drops cached results (the topic cache elsewhere listens to reloads too). */
    public void invalidate() {
        cache.invalidateAll();
    }
}
