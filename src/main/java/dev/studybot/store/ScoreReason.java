package dev.studybot.store;

/** Why a member earned points for an answer. */
public enum ScoreReason implements Coded {
    CORRECT("correct"),
    FIRST("first"),
    STREAK("streak");

    private final String code;

    ScoreReason(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code correct}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static ScoreReason fromCode(String code) {
        return Coded.fromCode(ScoreReason.class, code);
    }
}
