package dev.studybot.progress;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A member's progress through a roadmap: a row per level and per must-know section under it, the
 * next must-know topics to study, and the topics they marked done but have since answered wrong.
 *
 * @param member whose progress it is
 * @param roadmap the roadmap counted
 * @param rows each level, followed by its must-know sections
 * @param next the next must-know topics to study, most urgent first (at most {@link ProgressService#NEXT})
 * @param shaky topics the member marked done that are now "done, shaky"
 * @param answered how many quiz and practice answers the member gave on the roadmap
 */
public record MemberProgress(
        MemberRef member, Roadmap roadmap, List<Row> rows, List<Next> next, List<Topic> shaky, int answered) {

    public MemberProgress {
        rows = List.copyOf(rows);
        next = List.copyOf(next);
        shaky = List.copyOf(shaky);
    }

    /** Whether a row is a level or a section under it. */
    public enum Kind {
        LEVEL,
        SECTION
    }

    /**
     * A level or section: its topics (itself and everything under it) by the member's status, and
     * mastery from their answers on its questions.
     *
     * @param shaky how many of the done topics are "done, shaky"
     * @param answered how many answers the mastery comes from
     */
    public record Row(
            Kind kind,
            Topic topic,
            int done,
            int learning,
            int total,
            int shaky,
            OptionalDouble mastery,
            int answered) {}

    /** Why a topic is suggested next. */
    public enum Reason {
        /** marked done, then answered wrong: review it */
        SHAKY,
        /** marked learning: finish it */
        LEARNING,
        /** not started */
        NEW
    }

    /** A topic to study next and why. */
    public record Next(Topic topic, Reason reason) {}
}
