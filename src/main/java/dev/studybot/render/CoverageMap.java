package dev.studybot.render;

import java.util.List;

/**
 * What the team's coverage map shows; all text comes localized.
 *
 * @param title the heading (the team's or channel's name, say)
 * @param subtitle a line under it (members counted, date), may be empty
 * @param levels the roadmap's levels with their sections, in order
 * @param footer a small last line, may be empty
 * @param labels the map's fixed words
 */
public record CoverageMap(String title, String subtitle, List<CoverageLevel> levels, String footer, Labels labels) {

    /** Null text is empty, null lists are empty, missing labels are Chinese. */
    public CoverageMap {
        title = Values.text(title);
        subtitle = Values.text(subtitle);
        levels = Values.list(levels);
        footer = Values.text(footer);
        labels = labels == null ? Labels.ZH : labels;
    }

    /**
     * The fixed words of a coverage map.
     *
     * @param coverage the legend's name for the colour scale (share of members done)
     * @param mastery the word before a team mastery figure in a cell
     * @param mustKnow the legend's word for the must-know dot
     * @param blindSpot the legend's word for an outlined cell
     * @param blindSpots the heading of the list of blind spots
     * @param noBlindSpots said instead of the list when there are none
     * @param more said when a list is cut, with {@code {0}} for how many are left out
     */
    public record Labels(
            String coverage,
            String mastery,
            String mustKnow,
            String blindSpot,
            String blindSpots,
            String noBlindSpots,
            String more) {
        public static final Labels ZH = new Labels("完成的成员占比", "掌握", "必会", "盲区", "盲区", "没有盲区，继续保持。", "还有 {0} 项");
        public static final Labels EN = new Labels(
                "members done",
                "mastery",
                "must-know",
                "blind spot",
                "Blind spots",
                "No blind spots. Keep it up.",
                "+{0} more");

        /** Null words are empty. */
        public Labels {
            coverage = Values.text(coverage);
            mastery = Values.text(mastery);
            mustKnow = Values.text(mustKnow);
            blindSpot = Values.text(blindSpot);
            blindSpots = Values.text(blindSpots);
            noBlindSpots = Values.text(noBlindSpots);
            more = Values.text(more);
        }
    }
}
