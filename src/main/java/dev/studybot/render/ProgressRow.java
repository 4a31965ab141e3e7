package dev.studybot.render;

import java.util.OptionalDouble;

/**
 * One line of a progress card: a level (初级) or a must-know section under it, with the member's
 * topic counts and mastery.
 *
 * @param kind a level heading or a section under it
 * @param label the level's or section's title
 * @param done topics marked done
 * @param learning topics marked learning
 * @param total topics in the level or section
 * @param mastery 0..1 from quiz answers, or empty when the member has not answered any
 */
public record ProgressRow(Kind kind, String label, int done, int learning, int total, OptionalDouble mastery) {

    /** Whether a row is a level or a section. */
    public enum Kind {
        LEVEL,
        SECTION
    }

    /** Null text is empty, negative counts are 0, mastery is clamped to 0..1 and NaN is absent. */
    public ProgressRow {
        kind = kind == null ? Kind.SECTION : kind;
        label = Values.text(label);
        done = Values.count(done);
        learning = Values.count(learning);
        total = Values.count(total);
        mastery = Values.optionalShare(mastery);
    }

    /** A level row. */
    public static ProgressRow level(String label, int done, int learning, int total, OptionalDouble mastery) {
        return new ProgressRow(Kind.LEVEL, label, done, learning, total, mastery);
    }

    /** A section row. */
    public static ProgressRow section(String label, int done, int learning, int total, OptionalDouble mastery) {
        return new ProgressRow(Kind.SECTION, label, done, learning, total, mastery);
    }

    /** The done share of the bar, 0..1. */
    double doneShare() {
        return total == 0 ? 0 : Math.min(1, (double) done / total);
    }

    /** The learning share of the bar, 0..1, never past the end of the bar. */
    double learningShare() {
        return total == 0 ? 0 : Math.min(1 - doneShare(), (double) learning / total);
    }
}
