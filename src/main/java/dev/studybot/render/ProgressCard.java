package dev.studybot.render;

import java.util.List;

/**
 * What a member's progress card shows; all text comes localized.
 *
 * @param title the member's name
 * @param subtitle a line under it (roadmap and date, say), may be empty
 * @param rows levels and their must-know sections, in the order to draw
 * @param nextTopics the next must-know topics to study (three are drawn)
 * @param footer a small last line, may be empty
 * @param labels the card's fixed words
 */
public record ProgressCard(
        String title, String subtitle, List<ProgressRow> rows, List<String> nextTopics, String footer, Labels labels) {

    /** Null text is empty, null lists are empty, missing labels are Chinese. */
    public ProgressCard {
        title = Values.text(title);
        subtitle = Values.text(subtitle);
        rows = Values.list(rows);
        nextTopics = Values.list(nextTopics);
        footer = Values.text(footer);
        labels = labels == null ? Labels.ZH : labels;
    }

    /**
     * The fixed words of a progress card.
     *
     * @param done the bar's done part
     * @param learning the bar's learning part
     * @param mastery the mastery column
     * @param next the heading over the next topics
     * @param more said when a list is cut, with {@code {0}} for how many are left out
     */
    public record Labels(String done, String learning, String mastery, String next, String more) {
        public static final Labels ZH = new Labels("已完成", "学习中", "掌握度", "接下来学", "还有 {0} 项");
        public static final Labels EN = new Labels("done", "learning", "mastery", "Study next", "+{0} more");

        /** Null words are empty. */
        public Labels {
            done = Values.text(done);
            learning = Values.text(learning);
            mastery = Values.text(mastery);
            next = Values.text(next);
            more = Values.text(more);
        }
    }
}
