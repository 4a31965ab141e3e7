package dev.studybot.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single SQLite writer. SQLite lets one transaction write at a time, so instead of each caller
 * committing alone, one thread takes every write waiting in the queue, runs them one after another
 * in one transaction and commits once: the commit cost is shared, and each caller still returns
 * only after the commit that holds its write. A write that fails on its own is rolled back alone:
 * the batch is rolled back and run again without it.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

    private final HikariDataSource pool;
    private final DatabaseOptions options;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    GroupCommitter(HikariDataSource pool, DatabaseOptions options) {
        this.pool = pool;
        this.options = options;
        this.thread = new Thread(this::loop, "studybot-sqlite-writer");
        thread.setDaemon(true);
        thread.start();
    }

    <T> T submit(SqlFunction<Connection, T> work) {
        if (Thread.currentThread() == thread) {
            // the writer waiting for itself would never return
            throw new IllegalStateException("a write must not start another write: pass its Connection on instead");
        }
        Pending<T> pending = new Pending<>(work);
        if (closed) {
            throw new StoreException("The database is closed because the bot is shutting down.");
        }
        queue.add(pending);
        return pending.await();
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, options.maxBatch() - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // keep the writer alive whatever a batch did; its callers learn of it
                log.error("SQLite writer failed a batch of {} writes", batch.size(), e);
                batch.forEach(p -> p.fail(StoreException.unexpected(e)));
            } finally {
                batch.clear();
            }
        }
        Pending<?> left;
        while ((left = queue.poll()) != null) {
            left.fail(new StoreException("The database is closed because the bot is shutting down."));
        }
    }

    private void runBatch(List<Pending<?>> batch) throws InterruptedException {
        List<Pending<?>> live = new ArrayList<>(batch);
        int attempt = 1;
        while (!live.isEmpty()) {
            try (Connection connection = pool.getConnection()) {
                Pending<?> failed = runInTransaction(connection, live);
                if (failed == null) {
                    live.forEach(Pending::complete);
                    return;
                }
                // the batch was undone: run the others again without the one that failed
                live.remove(failed);
                failed.completeFailed();
            } catch (SQLException e) {
                if (Failures.isTransient(e) && attempt < options.maxAttempts()) {
                    attempt++;
                    log.debug("SQLite busy, attempt {} of a batch of {} writes", attempt, live.size(), e);
                    Thread.sleep(options.backoffBefore(attempt).toMillis());
                    continue;
                }
                StoreException failure =
                        Failures.isTransient(e) ? new StoreUnavailableException(e) : StoreException.unexpected(e);
                log.warn("A batch of {} writes failed: {}", live.size(), failure.getMessage(), e);
                live.forEach(p -> p.fail(failure));
                return;
            }
        }
    }

    /**
     * Runs the writes in one transaction and commits, or rolls back and returns the write that
     * failed on its own. The transaction is spelled out (BEGIN IMMEDIATE takes the write lock at
     * once, so a busy database fails before any write) rather than left to the driver's
     * auto-commit switch, which after a failed BEGIN would run later writes outside any
     * transaction.
     */
    private Pending<?> runInTransaction(Connection connection, List<Pending<?>> live) throws SQLException {
        try (Statement control = connection.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                Pending<?> failed = runAll(connection, live);
                control.execute(failed == null ? "COMMIT" : "ROLLBACK");
                return failed;
            } catch (SQLException | RuntimeException e) {
                rollbackOrEvict(connection, control);
                throw e;
            }
        }
    }

    private void rollbackOrEvict(Connection connection, Statement control) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException e) {
            // a connection whose transaction state is unknown must not serve another write
            log.warn("Rollback failed; discarding the SQLite write connection", e);
            pool.evictConnection(connection);
        }
    }

    /** Runs each write; returns the first that failed on its own, or null when all ran. */
    private static Pending<?> runAll(Connection connection, List<Pending<?>> live) throws SQLException {
        for (Pending<?> pending : live) {
            try {
                pending.run(connection);
            } catch (SQLException e) {
                if (Failures.isTransient(e)) {
                    throw e; // the whole batch waits and tries again
                }
                pending.holdFailure(e);
                return pending;
            } catch (RuntimeException e) {
                pending.holdFailure(e);
                return pending;
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's write: run maybe several times, completed once after the commit or failure. */
    private static final class Pending<T> {
        private final SqlFunction<Connection, T> work;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;
        private Exception failure;

        Pending(SqlFunction<Connection, T> work) {
            this.work = work;
        }

        void run(Connection connection) throws SQLException {
            result = work.apply(connection);
        }

        void holdFailure(Exception e) {
            failure = e;
        }

        void complete() {
            done.complete(result);
        }

        void completeFailed() {
            fail(failure instanceof RuntimeException runtime ? runtime : StoreException.unexpected(failure));
            if (!(failure instanceof RuntimeException)) {
                log.warn("A write was refused by the database and rolled back", failure);
            }
        }

        void fail(RuntimeException e) {
            done.completeExceptionally(e);
        }

        T await() {
            try {
                return done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("The bot stopped waiting for the database because it is shutting down.", e);
            } catch (ExecutionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
    }
}
