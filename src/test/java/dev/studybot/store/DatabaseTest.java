package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @BothDatabases
    @DisplayName(
            "GIVEN a new database WHEN the bot opens it THEN every table exists, empty, at the current schema version")
    void migratesANewDatabase(Database db) {
        assertThat(db.schemaVersion()).isEqualTo("4");
        assertThat(new DatabaseStats(db).rowCounts())
                .containsOnlyKeys(DatabaseStats.TABLES)
                .allSatisfy((table, rows) -> assertThat(rows).isNotNegative());
    }

    @BothDatabases
    @DisplayName("GIVEN a transaction that fails half-way WHEN it throws THEN nothing it wrote remains")
    void rollsBackAFailedTransaction(Database db) {
        String key = Fixtures.unique("half-written");
        SettingsRepository settings = new SettingsRepository(db);

        assertThatThrownBy(() -> db.inTransaction(c -> {
                    Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES (?, 'x')", key);
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(settings.get(key)).isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a statement the schema refuses WHEN it runs THEN the caller gets one sentence and nothing is saved")
    void refusedStatementGivesASentence(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Team team = fixtures.team();

        assertThatThrownBy(() -> db.inTransaction(c -> {
                    Sql.update(c, "UPDATE teams SET name = 'renamed' WHERE id = ?", team.id());
                    return Sql.update(c, "UPDATE teams SET language = 'fr' WHERE id = ?", team.id());
                }))
                .isExactlyInstanceOf(StoreException.class)
                .hasMessage("The database refused to save or read this; the bot's log has the details.");

        assertThat(new TeamRepository(db).findTeam(team.id()).orElseThrow().name())
                .isEqualTo("Gophers");
    }

    @Test
    @DisplayName(
            "GIVEN a SQLite file in a folder that does not exist WHEN the bot opens it THEN the folder is created and the file runs in WAL mode with foreign keys on and synchronous NORMAL")
    void sqliteSettings() throws Exception {
        Path folder = TestDatabases.newTempFolder();
        Path file = folder.resolve("nested/deeper/studybot.db");
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            assertThat(Files.isRegularFile(file)).isTrue();
            for (var entry : java.util.Map.of(
                            "journal_mode", "wal",
                            "foreign_keys", "1",
                            "synchronous", "1",
                            "busy_timeout", "1000")
                    .entrySet()) {
                String write = db.inTransaction(c -> pragma(c.createStatement(), entry.getKey()));
                String read = db.read(c -> pragma(c.createStatement(), entry.getKey()));
                assertThat(write).as("writer " + entry.getKey()).isEqualTo(entry.getValue());
                assertThat(read).as("reader " + entry.getKey()).isEqualTo(entry.getValue());
            }
        } finally {
            TestDatabases.deleteTree(folder);
        }
    }

    @Test
    @DisplayName(
            "GIVEN the SQLite writer WHEN it inserts THEN the driver does not look up the generated key, a statement per insert nobody reads")
    void sqliteSkipsGeneratedKeys() {
        try (Database db = Database.open(TestDatabases.newSqliteUrl())) {
            SqlFunction<java.sql.Connection, Boolean> fetchesKeys = c -> c.unwrap(org.sqlite.SQLiteConnection.class)
                    .getConnectionConfig()
                    .isGetGeneratedKeys();
            assertThat(db.inTransaction(fetchesKeys)).isFalse();
            assertThat(db.read(fetchesKeys)).isFalse();
        }
    }

    private static String pragma(Statement statement, String name) throws java.sql.SQLException {
        try (statement;
                ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
