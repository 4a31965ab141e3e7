package dev.studybot.search;

import java.util.List;

/**
 * One search result, best first in a list.
 *
 * @param id the topic id
 * @param title the topic title
 * @param path the titles from the root, this topic last
 * @param score the relevance, only comparable within one search
 */
public record SearchHit(String id, String title, List<String> path, float score) {
    public SearchHit {
        path = List.copyOf(path);
    }
}
