package dev.studybot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns a URL into the data sources the pools wrap, after the checks that give start-up problems
 * their sentence: the folder, the file, the server.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=NORMAL} (or FULL if the URL asks): a commit is
 * written to the WAL before the caller hears of it, so it survives a crash of the bot's process
 * (power loss may undo the last commits, never corrupt the file); docs/storage.md gives the
 * reasoning.
 */
record DataSources(DataSource writer, DataSource reader, int writerPoolSize) {
    private static final Logger log = LoggerFactory.getLogger(DataSources.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static DataSources prepare(DatabaseUrl url, DatabaseOptions options) {
        return switch (url.dialect()) {
            case SQLITE -> sqlite(url, options);
            case POSTGRESQL -> postgres(url, options);
        };
    }

    private static DataSources sqlite(DatabaseUrl url, DatabaseOptions options) {
        checkSqliteFile(url.sqliteFile());
        // the writer's transactions begin IMMEDIATE (see GroupCommitter), the readers' DEFERRED
        SQLiteConfig config = sqliteConfig(options, synchronousMode(url));
        return new DataSources(sqliteSource(url, config), sqliteSource(url, config), 1);
    }

    /** NORMAL unless the URL asks for more ({@code ?synchronous=FULL}: power-loss durability too). */
    private static SQLiteConfig.SynchronousMode synchronousMode(DatabaseUrl url) {
        String asked = url.queryParameter("synchronous").orElse("NORMAL").toUpperCase(java.util.Locale.ROOT);
        return switch (asked) {
            case "NORMAL", "1" -> SQLiteConfig.SynchronousMode.NORMAL;
            case "FULL", "2", "EXTRA", "3" -> SQLiteConfig.SynchronousMode.FULL;
            default ->
                throw new StoreStartupException("The database URL asks for synchronous=" + asked
                        + ", which could lose answers the bot has confirmed: use NORMAL (the default) or FULL.");
        };
    }

    private static SQLiteConfig sqliteConfig(DatabaseOptions options, SQLiteConfig.SynchronousMode synchronous) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(synchronous);
        config.enforceForeignKeys(true);
        // the driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT
        // and upsert, in case getGeneratedKeys() is called: nothing calls it (ids come back by
        // RETURNING), and it made up a fifth of the time the writer spends recording a quiz answer
        config.setGetGeneratedKeys(false);
        config.setBusyTimeout(
                (int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
        return config;
    }

    private static SQLiteDataSource sqliteSource(DatabaseUrl url, SQLiteConfig config) {
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url.jdbcUrl());
        return source;
    }

    private static void checkSqliteFile(Path file) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            log.error("Cannot create database folder {}", folder, e);
            throw new StoreStartupException(
                    "Cannot create the database folder " + folder
                            + ": make it writable for the bot, or " + DatabaseUrl.ENVIRONMENT_HINT
                            + " to a file in a folder it can write.",
                    e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreStartupException("Cannot write to the database folder " + folder
                    + ": make it writable for the bot, or " + DatabaseUrl.ENVIRONMENT_HINT
                    + " to a file in a folder it can write.");
        }
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw notSqlite(file);
        }
        if (!Files.isWritable(file)) {
            throw new StoreStartupException("Cannot write the database file " + file
                    + ": make it writable for the bot, or " + DatabaseUrl.ENVIRONMENT_HINT + " to another file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            // an empty file is a new database; anything else must start with SQLite's header
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw notSqlite(file);
            }
        } catch (IOException e) {
            throw new StoreStartupException(
                    "Cannot read the database file " + file + ": make it readable for the bot, or "
                            + DatabaseUrl.ENVIRONMENT_HINT + " to another file.",
                    e);
        }
    }

    private static StoreStartupException notSqlite(Path file) {
        return new StoreStartupException("The file " + file + " is not a SQLite database: move it away, or "
                + DatabaseUrl.ENVIRONMENT_HINT + " to a studybot database file.");
    }

    private static DataSources postgres(DatabaseUrl url, DatabaseOptions options) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setUrl(url.jdbcUrl());
        } catch (IllegalArgumentException e) {
            throw new StoreStartupException(
                    "Cannot open the database URL '" + url.shown()
                            + "': it is not a valid PostgreSQL URL; " + DatabaseUrl.ENVIRONMENT_HINT
                            + " to jdbc:postgresql://<host>:<port>/<database>.",
                    e);
        }
        if (!url.jdbcUrl().contains("connectTimeout=")) {
            source.setConnectTimeout(5); // seconds: an unreachable server fails start-up fast
        }
        source.setTcpKeepAlive(true);
        source.setApplicationName("studybot");
        return new DataSources(source, source, options.postgresPoolSize());
    }

    /** One sentence for whatever stopped start-up; the cause goes to the log. */
    static StoreStartupException startupFailure(DatabaseUrl url, RuntimeException failure) {
        if (failure instanceof StoreStartupException startup) {
            return startup;
        }
        log.error("Cannot open database {}", url.shown(), failure);
        if (Failures.isNotADatabase(failure)) {
            return notSqlite(url.sqliteFile());
        }
        if (url.dialect() == Dialect.SQLITE
                && hasSqliteCode(failure, SQLiteErrorCode.SQLITE_CANTOPEN, SQLiteErrorCode.SQLITE_READONLY)) {
            return new StoreStartupException(
                    "Cannot write the database file " + url.sqliteFile()
                            + ": make it and its folder writable for the bot, or " + DatabaseUrl.ENVIRONMENT_HINT
                            + " to another file.",
                    failure);
        }
        String state = Failures.sqlState(failure).orElse("");
        if (url.dialect() == Dialect.POSTGRESQL) {
            if (state.startsWith("08")) {
                return new StoreStartupException(
                        "Cannot reach PostgreSQL at " + url.shown()
                                + ": check that the server is running and that STUDYBOT_DB_URL names the right host and port.",
                        failure);
            }
            if (state.equals("28P01") || state.equals("28000")) {
                return new StoreStartupException(
                        "PostgreSQL refused the login for " + url.shown()
                                + ": check the user and password in STUDYBOT_DB_URL.",
                        failure);
            }
            if (state.equals("3D000")) {
                return new StoreStartupException(
                        "The PostgreSQL database named in " + url.shown()
                                + " does not exist: create it (createdb) or fix STUDYBOT_DB_URL.",
                        failure);
            }
        }
        return new StoreStartupException(
                "Cannot open the database at " + url.shown() + "; the bot's log has the details: check "
                        + DatabaseUrl.ENVIRONMENT_HINT.substring(4) + ".",
                failure);
    }

    private static boolean hasSqliteCode(Throwable failure, SQLiteErrorCode... codes) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                for (SQLiteErrorCode code : codes) {
                    if (primary == code.code) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
