package dev.studybot.store;

/** The span a leaderboard total covers. */
public enum PeriodKind implements Coded {
    WEEK("week"),
    MONTH("month"),
    ALL("all");

    private final String code;

    PeriodKind(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code week}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static PeriodKind fromCode(String code) {
        return Coded.fromCode(PeriodKind.class, code);
    }
}
