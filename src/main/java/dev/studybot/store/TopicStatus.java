package dev.studybot.store;

/** Where a member stands with one roadmap topic. */
public enum TopicStatus implements Coded {
    DONE("done"),
    LEARNING("learning"),
    SKIPPED("skipped");

    private final String code;

    TopicStatus(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code done}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static TopicStatus fromCode(String code) {
        return Coded.fromCode(TopicStatus.class, code);
    }
}
