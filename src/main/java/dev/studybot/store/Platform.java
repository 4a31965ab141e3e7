package dev.studybot.store;

/** The chat platform a team lives on; a team is identified by its platform and that platform's id. */
public enum Platform implements Coded {
    DISCORD("discord"),
    SLACK("slack"),
    CONSOLE("console");

    private final String code;

    Platform(String code) {
        this.code = code;
    }

    /** The code stored in the database, e.g. {@code discord}. */
    @Override
    public String code() {
        return code;
    }

    /** The value stored as {@code code}. */
    public static Platform fromCode(String code) {
        return Coded.fromCode(Platform.class, code);
    }
}
