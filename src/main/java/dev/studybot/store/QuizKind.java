package dev.studybot.store;

/** Why a quiz was posted: the channel's daily question, or an extra one an admin asked for. */
public enum QuizKind implements Coded {
    DAILY("daily"),
    EXTRA("extra");

    private final String code;

    QuizKind(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code daily}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static QuizKind fromCode(String code) {
        return Coded.fromCode(QuizKind.class, code);
    }
}
