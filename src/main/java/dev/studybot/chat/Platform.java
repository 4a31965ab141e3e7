package dev.studybot.chat;

import java.util.Locale;

/** Where a team lives. The id is what the database stores. */
public enum Platform {
    DISCORD,
    SLACK,
    CONSOLE;

    /** {@code discord}, {@code slack} or {@code console}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
