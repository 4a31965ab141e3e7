package dev.studybot.topic;

import java.util.Locale;
import java.util.Optional;

/** What a member says about a topic: done, learning, or skipped. */
public enum TopicStatus {
    DONE,
    LEARNING,
    SKIPPED;

    /** {@code done}, {@code learning} or {@code skipped}: the option value and the stored value. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an option value; {@code skip} is accepted for {@code skipped}. */
    public static Optional<TopicStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "done", "完成", "已完成" -> Optional.of(DONE);
            case "learning", "学习中", "在学" -> Optional.of(LEARNING);
            case "skipped", "skip", "跳过" -> Optional.of(SKIPPED);
            default -> Optional.empty();
        };
    }
}
