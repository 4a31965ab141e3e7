package dev.studybot.store;

/** The two databases the bot runs on; the URL's scheme decides which. */
public enum Dialect {
    SQLITE("jdbc:sqlite:", "INTEGER PRIMARY KEY"),
    POSTGRESQL("jdbc:postgresql:", "BIGSERIAL PRIMARY KEY");

    private final String urlPrefix;
    private final String autoIdColumn;

    Dialect(String urlPrefix, String autoIdColumn) {
        this.urlPrefix = urlPrefix;
        this.autoIdColumn = autoIdColumn;
    }

    String urlPrefix() {
        return urlPrefix;
    }

    /** The column definition of an auto-assigned id, fed to the migrations as {@code auto_id}. */
    String autoIdColumn() {
        return autoIdColumn;
    }
}
