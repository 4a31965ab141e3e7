package dev.studybot.store;

/** When a channel learns the right answer: when the quiz closes, or right after each answer. */
public enum RevealMode implements Coded {
    CLOSE("close"),
    IMMEDIATE("immediate");

    private final String code;

    RevealMode(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code close}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static RevealMode fromCode(String code) {
        return Coded.fromCode(RevealMode.class, code);
    }
}
