package dev.studybot.render;

import java.util.List;

/**
 * A level of the roadmap (初级, 高级, ...) with its sections on the coverage map.
 *
 * @param label the level's title
 * @param cells its sections, in roadmap order (blind spots are drawn first)
 */
public record CoverageLevel(String label, List<CoverageCell> cells) {

    /** Null text is empty, a null list is empty. */
    public CoverageLevel {
        label = Values.text(label);
        cells = Values.list(cells);
    }
}
