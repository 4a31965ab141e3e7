package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite writer's own checkpoints, which let the write-ahead log start again from its beginning. */
class WriteAheadLogTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName(
            "GIVEN a log grown by many commits WHEN the writer has committed its checkpoint interval THEN the next write starts the log again instead of growing the file")
    void theLogStartsAgainAfterTheWritersCheckpoint() throws Exception {
        try (Connection c = open()) {
            WriteAheadLog journal = new WriteAheadLog();
            writeRows(c, 200);
            long grown = Files.size(wal());

            for (int i = 0; i < WriteAheadLog.COMMITS - 1; i++) {
                journal.committed(c);
            }
            writeRows(c, 10);
            assertThat(Files.size(wal()))
                    .as("before the interval the log only grows")
                    .isGreaterThan(grown);
            long before = Files.size(wal());

            journal.committed(c);
            writeRows(c, 10);
            assertThat(Files.size(wal()))
                    .as("after the writer's checkpoint the next write goes to the start of the log")
                    .isEqualTo(before);
            try (Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every row is still there").isEqualTo(220);
            }
        }
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("log.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute(Checkpointer.WRITER_INIT_SQL);
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)");
        }
        return c;
    }

    private Path wal() {
        return folder.resolve("log.db-wal");
    }

    /** Each row its own commit, with a body that fills most of a page. */
    private static void writeRows(Connection c, int rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < rows; i++) {
                s.execute("INSERT INTO t (body) VALUES (printf('%.3000c', 'x'))");
            }
        }
    }
}
