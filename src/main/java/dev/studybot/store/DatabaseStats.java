package dev.studybot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/** Row counts of every table, and a consistent copy of a SQLite database while the bot runs. */
public final class DatabaseStats {
    /** Every table of the schema, in the order {@code db stats} prints them (Flyway's history is not one). */
    public static final List<String> TABLES = List.of(
            "teams",
            "channels",
            "users",
            "topic_status",
            "quizzes",
            "answers",
            "practice_attempts",
            "review_state",
            "score_events",
            "leaderboard_totals",
            "leaderboard_points",
            "leaderboard_rebuilds",
            "streaks",
            "question_stats",
            "bot_settings");

    private static final Logger log = LoggerFactory.getLogger(DatabaseStats.class);

    private final Database db;

    public DatabaseStats(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The number of rows of each table, keyed by table name, in {@link #TABLES} order, from one snapshot. */
    public Map<String, Long> rowCounts() {
        return db.read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, Sql.count(c, "SELECT COUNT(*) FROM " + table));
            }
            return counts;
        });
    }

    /**
     * Writes a consistent copy of the SQLite database to {@code target} with SQLite's online
     * backup, while others keep writing. The copy appears at {@code target} only once complete.
     *
     * @throws StoreException on PostgreSQL (use pg_dump), or when the copy cannot be written
     */
    public void backup(Path target) {
        Objects.requireNonNull(target, "target");
        if (db.dialect() != Dialect.SQLITE) {
            throw new StoreException(
                    "Backup copies SQLite databases only; for PostgreSQL use pg_dump, e.g. pg_dump -Fc -f studybot.dump <database>.");
        }
        Path file = target.toAbsolutePath().normalize();
        if (db.sqliteFile().map(file::equals).orElse(false)) {
            throw new StoreException("The backup file " + file + " is the database itself: choose another file.");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.error("Cannot prepare backup {}", file, e);
            throw new StoreException(
                    "Cannot write the backup to " + file + ": choose a file in a folder the bot can write.", e);
        }
        try {
            db.read(c -> {
                // all pages in one step: a step-wise copy restarts whenever another connection writes
                int rc = c.unwrap(SQLiteConnection.class)
                        .getDatabase()
                        .backup("main", partial.toString(), (remaining, total) -> {}, 100, 50, -1);
                if (rc != 0) {
                    throw new SQLException("backup ended with SQLite result code " + rc);
                }
                return null;
            });
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | StoreException e) {
            deleteQuietly(partial);
            if (e instanceof StoreUnavailableException unavailable) {
                throw unavailable;
            }
            log.error("Backup to {} failed", file, e);
            throw new StoreException(
                    "Cannot write the backup to " + file
                            + ": check the folder and free space; the bot's log has the details.",
                    e);
        }
        log.info("Backed up {} to {}", db.shownUrl(), file);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("Cannot remove {}", path, e);
        }
    }
}
