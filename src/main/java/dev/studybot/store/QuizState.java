package dev.studybot.store;

/** The life of a posted quiz, from its claim by one bot process to its reveal. */
public enum QuizState implements Coded {
    CLAIMED("claimed"),
    OPEN("open"),
    CLOSED("closed"),
    SKIPPED("skipped"),
    FAILED("failed");

    private final String code;

    QuizState(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code claimed}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static QuizState fromCode(String code) {
        return Coded.fromCode(QuizState.class, code);
    }
}
