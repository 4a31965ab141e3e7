package dev.studybot.store;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The databases tests run on: one embedded PostgreSQL per test JVM, started on first use, with a
 * fresh database per request; and SQLite files in temporary folders. Public so that feature tests
 * that need a database of their own (two processes on one database, restarts) get one the same way.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    static {
        // the embedded server, the pool and Flyway narrate every step at DEBUG
        for (String noisy : new String[] {"io.zonky", "com.zaxxer.hikari", "org.flywaydb", "org.postgresql"}) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(noisy)).setLevel(Level.WARN);
        }
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.studybot.store")).setLevel(Level.INFO);
    }

    private TestDatabases() {}

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(30))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off") // test data need not survive a power cut
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
        }
        return postgres;
    }

    /** A JDBC URL of a new, empty PostgreSQL database. */
    static String newPostgresUrl() {
        String name = "studybot_test_" + NEXT.incrementAndGet();
        EmbeddedPostgres pg = postgres();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres";
    }

    /** A JDBC URL of a new SQLite file (not yet created) in a new temporary folder. */
    static String newSqliteUrl() {
        return "jdbc:sqlite:" + newTempFolder().resolve("studybot.db");
    }

    public static String newUrl(Dialect dialect) {
        return dialect == Dialect.SQLITE ? newSqliteUrl() : newPostgresUrl();
    }

    static Path newTempFolder() {
        try {
            Path folder = Files.createTempDirectory("studybot-store-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for tests: the default waits, with the test's clock. */
    public static DatabaseOptions options(MutableClock clock) {
        return DatabaseOptions.defaults().withClock(clock);
    }
}
