package dev.studybot.roadmap;

import java.util.Optional;

/** A marker the roadmap puts after a title: must-know or recommended. */
public enum Tag {
    MUST_KNOW("必会", "must-know"),
    RECOMMENDED("推荐", "recommended");

    private final String label;
    private final String english;

    Tag(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The tag as the roadmap writes it, e.g. {@code 必会}. */
    public String label() {
        return label;
    }

    /** The tag's English name, e.g. {@code must-know}. */
    public String english() {
        return english;
    }

    /** The tag written as {@code label}, in either language. */
    public static Optional<Tag> fromLabel(String text) {
        for (Tag tag : values()) {
            if (tag.label.equals(text) || tag.english.equalsIgnoreCase(text)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}
