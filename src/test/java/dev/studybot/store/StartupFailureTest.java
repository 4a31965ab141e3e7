package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StartupFailureTest {
    private final Path folder = TestDatabases.newTempFolder();

    @AfterEach
    void cleanUp() {
        TestDatabases.deleteTree(folder);
    }

    @Test
    @DisplayName("GIVEN a URL of a database the bot does not support WHEN it starts THEN it says which URLs work")
    void unsupportedUrl() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db.example:3306/studybot?password=secret"))
                .isInstanceOf(StoreStartupException.class)
                .hasMessage("Cannot open the database URL 'jdbc:mysql://db.example:3306/studybot': set STUDYBOT_DB_URL"
                        + " (or db.url) to jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database>.");
    }

    @Test
    @DisplayName("GIVEN an in-memory SQLite URL WHEN the bot starts THEN it refuses, since it would forget everything")
    void inMemoryUrl() {
        assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:"))
                .isInstanceOf(StoreStartupException.class)
                .hasMessageStartingWith("The database URL 'jdbc:sqlite::memory:' names no file");
    }

    @Test
    @DisplayName("GIVEN a database folder the bot cannot create WHEN it starts THEN it names the folder and what to do")
    void unwritableFolder() throws IOException {
        // a regular file where a folder should be: even root cannot create a folder inside it
        Path blocker = Files.writeString(folder.resolve("data"), "not a folder");
        Path wanted = blocker.resolve("db");

        assertThatThrownBy(() -> Database.open("jdbc:sqlite:" + wanted.resolve("studybot.db")))
                .isInstanceOf(StoreStartupException.class)
                .hasMessage("Cannot create the database folder " + wanted + ": make it writable for the bot, or set"
                        + " STUDYBOT_DB_URL (or db.url) to a file in a folder it can write.");
    }

    @Test
    @DisplayName(
            "GIVEN a file that is not a SQLite database WHEN the bot opens it THEN it says so and leaves the file alone")
    void notASqliteFile() throws IOException {
        Path file = Files.writeString(folder.resolve("studybot.db"), "name,points\nada,3\n".repeat(100));

        assertThatThrownBy(() -> Database.open("jdbc:sqlite:" + file))
                .isInstanceOf(StoreStartupException.class)
                .hasMessage("The file " + file + " is not a SQLite database: move it away, or set STUDYBOT_DB_URL"
                        + " (or db.url) to a studybot database file.");
        assertThat(Files.readString(file)).startsWith("name,points");
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN a database a newer studybot migrated WHEN this bot opens it THEN it refuses with the versions")
    void newerSchema(Dialect dialect) throws IOException {
        String url = TestDatabases.newUrl(dialect);
        Path future = folder.resolve("future");
        Files.createDirectories(future);
        for (String landed : new String[] {"V1__schema.sql", "V2__quiz_since.sql", "V4__score_events_by_time.sql"}) {
            try (var migration = StartupFailureTest.class.getResourceAsStream("/db/migration/" + landed)) {
                Files.copy(migration, future.resolve(landed), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (var v3 = StartupFailureTest.class.getResourceAsStream(
                "/db/dialect/" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "/V3__leaderboard_points.sql")) {
            Files.copy(v3, future.resolve("V3__leaderboard_points.sql"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(future.resolve("V99__from_the_future.sql"), "CREATE TABLE badges (id INTEGER);\n");
        try (Database db = Database.open(url)) {
            assertThat(db.schemaVersion()).isEqualTo("4");
        }
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("filesystem:" + future)
                .placeholders(Map.of("auto_id", dialect.autoIdColumn()))
                .load()
                .migrate();

        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreStartupException.class)
                .hasMessageEndingWith("was made by a newer studybot (schema 99, this bot knows up to 4): upgrade"
                        + " studybot, or point STUDYBOT_DB_URL at a backup made by this version.");
    }

    @Test
    @DisplayName("GIVEN a PostgreSQL URL where no server listens WHEN the bot starts THEN it says it cannot reach it")
    void postgresUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/studybot?user=bot&password=hunter2";

        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreStartupException.class)
                .hasMessage("Cannot reach PostgreSQL at jdbc:postgresql://localhost:" + port
                        + "/studybot?user=bot&password=***: check that the server is running and that"
                        + " STUDYBOT_DB_URL names the right host and port.");
    }

    @Test
    @DisplayName(
            "GIVEN a PostgreSQL URL naming a database that does not exist WHEN the bot starts THEN it says to create it")
    void postgresDatabaseMissing() {
        String url = "jdbc:postgresql://localhost:" + TestDatabases.postgres().getPort() + "/no_such_db?user=postgres";

        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreStartupException.class)
                .hasMessage("The PostgreSQL database named in " + url
                        + " does not exist: create it (createdb) or fix STUDYBOT_DB_URL.");
    }
}
