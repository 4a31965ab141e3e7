package dev.studybot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's database: opens a JDBC URL (SQLite file or PostgreSQL), migrates it with Flyway, pools
 * its connections and runs transactions with a bounded retry on a locked or dropped database.
 * Repositories take one; nothing else in the bot touches JDBC.
 */
public final class Database implements AutoCloseable {
    /** Where the bot keeps its data when nothing else is configured. */
    public static final String DEFAULT_URL = "jdbc:sqlite:data/studybot.db";

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseUrl url;
    private final DatabaseOptions options;
    private final String schemaVersion;
    private final HikariDataSource writePool;
    private final HikariDataSource readPool;
    private final GroupCommitter committer;
    private final GroupCommitter answers;
    private final Checkpointer checkpointer;
    private final ExecutorService postgresAsync;

    private Database(
            DatabaseUrl url,
            DatabaseOptions options,
            String schemaVersion,
            HikariDataSource writePool,
            HikariDataSource readPool) {
        this.url = url;
        this.options = options;
        this.schemaVersion = schemaVersion;
        this.writePool = writePool;
        this.readPool = readPool;
        boolean sqlite = url.dialect() == Dialect.SQLITE;
        this.committer = sqlite ? new GroupCommitter(writePool, options, Dialect.SQLITE) : null;
        this.answers = sqlite ? committer : new GroupCommitter(writePool, options, Dialect.POSTGRESQL);
        this.checkpointer = sqlite ? new Checkpointer(readPool) : null;
        // other PostgreSQL writes commit on their own: async ones run on as many threads as connections
        this.postgresAsync = sqlite
                ? null
                : Executors.newFixedThreadPool(options.postgresPoolSize(), r -> {
                    Thread thread = new Thread(r, "studybot-postgresql-write");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Opens {@code jdbcUrl} with the default options; see {@link #open(String, DatabaseOptions)}. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, DatabaseOptions.defaults());
    }

    /**
     * Opens a database that must already exist, as the {@code db} commands do: a SQLite URL naming a
     * missing file is refused instead of creating an empty database there (a mistyped path would
     * otherwise print zero rows, or back up nothing).
     *
     * @throws StoreStartupException with one sentence when the SQLite file is missing, and as {@link
     *     #open(String, DatabaseOptions)} does otherwise
     */
    public static Database openExisting(String jdbcUrl) {
        DatabaseUrl url = DatabaseUrl.parse(jdbcUrl);
        if (url.sqliteFile() != null && !java.nio.file.Files.isRegularFile(url.sqliteFile())) {
            throw new StoreStartupException("There is no database at " + url.sqliteFile()
                    + ": check STUDYBOT_DB_URL (or db.url), or start the bot once to create it.");
        }
        return open(jdbcUrl);
    }

    /**
     * Opens the database, creating a SQLite file and its folder if needed, and migrates it to the
     * bot's schema.
     *
     * @throws StoreStartupException with one sentence when the URL, the folder, the file or the
     *     server is not usable, or when the database was made by a newer bot
     */
    public static Database open(String jdbcUrl, DatabaseOptions options) {
        Objects.requireNonNull(options, "options");
        DatabaseUrl url = DatabaseUrl.parse(jdbcUrl);
        DataSources sources = DataSources.prepare(url, options);
        HikariDataSource writePool = null;
        HikariDataSource readPool = null;
        try {
            String version = Migrations.migrate(sources.writer(), url);
            writePool = pool(url, "write", sources.writer(), sources.writerPoolSize());
            readPool = url.dialect() == Dialect.SQLITE
                    ? pool(url, "read", sources.reader(), options.readPoolSize())
                    : writePool;
            log.info("Database ready: {} at schema version {}", url.shown(), version);
            return new Database(url, options, version, writePool, readPool);
        } catch (RuntimeException e) {
            closeQuietly(readPool);
            closeQuietly(writePool);
            throw DataSources.startupFailure(url, e);
        }
    }

    private static HikariDataSource pool(DatabaseUrl url, String role, DataSource source, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("studybot-" + url.dialect().name().toLowerCase(java.util.Locale.ROOT) + "-" + role);
        config.setDataSource(source);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.setConnectionTimeout(5_000);
        if (url.dialect() == Dialect.SQLITE) {
            // a SQLite connection is a file handle: nothing to gain from recycling it
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
            if (role.equals("write")) {
                config.setConnectionInitSql(Checkpointer.WRITER_INIT_SQL);
            }
        }
        return new HikariDataSource(config);
    }

    /**
     * Runs {@code work} in one transaction and commits it. A locked SQLite database or a dropped
     * PostgreSQL connection is retried (the work may run again, so it must only touch the
     * database); a failure rolls everything back. On SQLite, concurrent calls share one commit.
     *
     * @throws StoreUnavailableException past the retry bound: nothing was written, try again
     * @throws StoreException when the database refused the work for another reason
     */
    public <T> T inTransaction(SqlFunction<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        if (committer != null) {
            return committer.submit(work);
        }
        return withRetry(writePool, work);
    }

    /**
     * Like {@link #inTransaction}, without holding the calling thread while SQLite commits: the
     * future completes once the work is committed (and only then should the user hear of it), or
     * fails with a {@link StoreException}. Chain only quick work onto it, or use the *Async forms
     * with your own executor.
     */
    public <T> CompletableFuture<T> inTransactionAsync(SqlFunction<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        if (committer != null) {
            return committer.submitAsync(work);
        }
        return CompletableFuture.supplyAsync(() -> withRetry(writePool, work), postgresAsync);
    }

    /**
     * Like {@link #inTransactionAsync}, for writes that pass the same hot rows one at a time anyway,
     * such as the answers to one quiz: on PostgreSQL those waiting together run one after another in
     * one transaction and share its commit, as every write does on SQLite. A batch is retried whole
     * on a deadlock or a dropped connection, so the work must only touch the database; a write
     * that fails on its own fails alone.
     */
    public <T> CompletableFuture<T> inSharedCommitAsync(SqlFunction<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        return answers.submitAsync(work);
    }

    /** {@link #inSharedCommitAsync}, waiting for the commit. */
    public <T> T inSharedCommit(SqlFunction<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        return answers.submit(work);
    }

    /**
     * {@link #inSharedCommitAsync} for a write that may run together with the others of {@code
     * batch} waiting beside it ({@code work} is what it does alone).
     */
    <I, T> CompletableFuture<T> inSharedCommitAsync(SqlFunction<Connection, T> work, BatchWrite<I, T> batch, I item) {
        return answers.submitAsync(work, batch, item);
    }

    /**
     * {@link #inSharedCommitAsync(SqlFunction, BatchWrite, Object)}, waiting at most {@code wait} for
     * the commit; past it the caller gets a {@link StoreException} (the write may still commit).
     */
    <I, T> T inSharedCommit(SqlFunction<Connection, T> work, BatchWrite<I, T> batch, I item, Duration wait) {
        return answers.submit(work, batch, item, wait);
    }

    /** Runs {@code work}, which only reads, in one transaction: it sees one consistent state. */
    public <T> T read(SqlFunction<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        return withRetry(readPool, work);
    }

    private <T> T withRetry(DataSource pool, SqlFunction<Connection, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.apply(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection);
                    throw e;
                }
            } catch (SQLException e) {
                if (!Failures.isTransient(e)) {
                    log.error("Database statement failed on {}", url.shown(), e);
                    throw StoreException.unexpected(e);
                }
                if (attempt >= options.maxAttempts()) {
                    log.warn("Database still unavailable after {} attempts on {}", attempt, url.shown(), e);
                    throw new StoreUnavailableException(e);
                }
                log.debug("Database busy or connection lost, attempt {} on {}", attempt + 1, url.shown(), e);
                pause(attempt + 1);
            }
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(options.backoffBefore(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("The bot stopped waiting for the database because it is shutting down.", e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("Rollback failed; the pool discards the connection", e);
        }
    }

    public Dialect dialect() {
        return url.dialect();
    }

    /** The clock that stamps created_at and updated_at. */
    public Clock clock() {
        return options.clock();
    }

    /** The URL, without a password: safe to print. */
    public String shownUrl() {
        return url.shown();
    }

    /** The schema version the database is at, e.g. {@code 1}. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The SQLite file, or empty on PostgreSQL. */
    public Optional<Path> sqliteFile() {
        return Optional.ofNullable(url.sqliteFile());
    }

    @Override
    public void close() {
        if (committer != null) {
            committer.close();
        }
        if (answers != committer) {
            answers.close();
        }
        if (checkpointer != null) {
            checkpointer.close();
        }
        if (postgresAsync != null) {
            postgresAsync.shutdown();
        }
        if (readPool != writePool) {
            closeQuietly(readPool);
        }
        closeQuietly(writePool);
    }

    private static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }
}
