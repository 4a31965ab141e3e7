package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.app.DbCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DbCommandTest {
    private final Path folder = TestDatabases.newTempFolder();
    private final String url = "jdbc:sqlite:" + folder.resolve("data/studybot.db");

    @AfterEach
    void cleanUp() {
        TestDatabases.deleteTree(folder);
    }

    @Test
    @DisplayName(
            "GIVEN a database with rows WHEN `db stats --json` runs THEN it prints every table with its row count and exits 0")
    void statsJson() throws Exception {
        try (Database db = Database.open(url)) {
            Fixtures fixtures = new Fixtures(db);
            Fixtures.World world = fixtures.world();
            fixtures.user(world.team().id(), "ada");
            fixtures.user(world.team().id(), "bob");
        }

        Run run = run(url, "stats", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode counts = new ObjectMapper().readTree(run.out());
        List<String> tables = new ArrayList<>();
        for (Iterator<String> names = counts.fieldNames(); names.hasNext(); ) {
            tables.add(names.next());
        }
        assertThat(tables).containsExactlyElementsOf(DatabaseStats.TABLES);
        assertThat(counts.get("teams").asLong()).isEqualTo(1);
        assertThat(counts.get("users").asLong()).isEqualTo(2);
        assertThat(counts.get("quizzes").asLong()).isEqualTo(1);
        assertThat(counts.get("answers").asLong()).isZero();
    }

    @Test
    @DisplayName("GIVEN a database WHEN `db stats` runs without --json THEN it prints a small table of row counts")
    void statsText() {
        Database.open(url).close();

        Run run = run(url, "stats");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList())
                .hasSize(DatabaseStats.TABLES.size() + 1)
                .first()
                .satisfies(header -> assertThat(header).startsWith("table").endsWith("rows"));
        assertThat(run.out()).containsPattern("leaderboard_totals\\s+0");
    }

    @Test
    @DisplayName(
            "GIVEN a path with no database WHEN `db stats` or `db backup` runs THEN it says so in one sentence, exits 1 and creates nothing")
    void missingDatabase() {
        Path missing = folder.resolve("data/typo.db");
        String wrong = "jdbc:sqlite:" + missing;

        for (Run run : List.of(
                run(wrong, "stats", "--json"),
                run(wrong, "backup", folder.resolve("copy.db").toString()))) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip())
                    .isEqualTo("There is no database at " + missing
                            + ": check STUDYBOT_DB_URL (or db.url), or start the bot once to create it.");
        }
        assertThat(missing).doesNotExist();
        assertThat(folder.resolve("copy.db")).doesNotExist();
    }

    @Test
    @DisplayName(
            "GIVEN the bot writing answers all the time WHEN `db backup` runs THEN the copy opens as SQLite and holds exactly the rows committed when it was taken")
    void backupWhileWriting() throws Exception {
        Path copy = folder.resolve("backups/copy.db");
        ExecutorService writer = Executors.newSingleThreadExecutor();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        try (Database db = Database.open(url)) {
            SettingsRepository settings = new SettingsRepository(db);
            for (int i = 0; i < 500; i++) {
                settings.put(String.format("k%06d", written.getAndIncrement()), "v".repeat(200));
            }
            Future<?> writing = writer.submit(() -> {
                while (!stop.get()) {
                    settings.put(String.format("k%06d", written.getAndIncrement()), "v".repeat(200));
                }
            });
            int before = written.get();

            Run run = run(url, "backup", copy.toString());

            int after = written.get();
            stop.set(true);
            writing.get(10, TimeUnit.SECONDS);
            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Backed up the database to " + copy);
            assertThat(after).as("writes went on during the backup").isGreaterThan(before);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                assertThat(Sql.first(c, "PRAGMA integrity_check", rs -> rs.getString(1)))
                        .contains("ok");
                long rows = Sql.count(c, "SELECT COUNT(*) FROM bot_settings");
                assertThat(rows).isBetween((long) before - 1, (long) after);
                // a consistent snapshot: the first `rows` keys, with no gap
                assertThat(Sql.first(c, "SELECT MAX(key) FROM bot_settings", rs -> rs.getString(1)))
                        .contains(String.format("k%06d", rows - 1));
            }
        } finally {
            stop.set(true);
            writer.shutdownNow();
        }
        assertThat(Files.exists(copy.resolveSibling("copy.db.partial"))).isFalse();
    }

    @Test
    @DisplayName(
            "GIVEN a PostgreSQL database WHEN `db backup` runs THEN it exits 1 with one sentence pointing to pg_dump")
    void backupRefusesPostgres() {
        Run run = run(
                TestDatabases.newPostgresUrl(),
                "backup",
                folder.resolve("copy.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("Backup copies SQLite databases only; for PostgreSQL use pg_dump, e.g. pg_dump -Fc -f"
                        + " studybot.dump <database>.");
        assertThat(Files.exists(folder.resolve("copy.db"))).isFalse();
    }

    @Test
    @DisplayName(
            "GIVEN a database URL that cannot be opened WHEN `db stats` runs THEN it exits 1 with the start-up sentence and no stack trace")
    void failureIsOneSentence() throws Exception {
        Path notDb = Files.writeString(folder.resolve("notes.txt"), "hello, I am not a database");

        Run run = run("jdbc:sqlite:" + notDb, "stats", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .isEqualTo("The file " + notDb + " is not a SQLite database: move it away, or set STUDYBOT_DB_URL (or"
                        + " db.url) to a studybot database file.");
    }

    record Run(int exitCode, String out, String err) {}

    static Run run(String url, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DbCommand(() -> url))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
