package dev.studybot.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * A writer that commits many callers' writes at once. On SQLite it is the single writer: SQLite lets
 * one transaction write at a time, so instead of each caller
 * committing alone, one thread takes every write waiting in the queue, runs them one after another
 * in one transaction and commits once: the commit cost is shared, and each caller hears of its
 * write only after the commit that holds it. A write that fails on its own is rolled back alone:
 * the batch is rolled back and run again without it. While a transaction runs, more writes queue
 * up; they join it before it commits (up to {@code maxBatch}), so the commit waits for nothing that
 * is not already there and is shared as widely as the callers allow.
 *
 * <p>Writes submitted with a {@link BatchWrite} (the quiz answers) run together when they are next
 * to each other in a batch: a few statements for all of them instead of a dozen for each. If the
 * database refuses such a group, the transaction is rolled back and its writes run one by one, so
 * the one at fault fails alone.
 *
 * <p>On PostgreSQL it carries only the answers: a quiz's answers pass the same hot rows (the quiz,
 * its question's statistics, the leaderboard's per-points counts), each holding them until it
 * commits, so they go one at a time anyway; run one after another on one connection they share
 * one commit instead of queueing for the locks.
 *
 * <p>Asynchronous callers are told on a second thread, so whatever they chain onto the future
 * never runs on, or holds up, the writer.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);
    private static final String CLOSED = "The database is closed because the bot is shutting down.";

    private final HikariDataSource pool;
    private final DatabaseOptions options;
    private final boolean sqlite;
    private final String name;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final ExecutorService notifier;
    private volatile boolean closed;
    private StatementCache cache;
    private final WriteAheadLog journal = new WriteAheadLog();

    GroupCommitter(HikariDataSource pool, DatabaseOptions options, Dialect dialect) {
        this.pool = pool;
        this.options = options;
        this.sqlite = dialect == Dialect.SQLITE;
        this.name = sqlite ? "SQLite writer" : "PostgreSQL answer writer";
        String threads = sqlite ? "studybot-sqlite" : "studybot-postgresql-answers";
        this.notifier = Executors.newSingleThreadExecutor(r -> daemon(r, threads + "-notify"));
        this.thread = daemon(this::loop, threads + "-writer");
        thread.start();
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Queues the write; the future completes after its commit (or fails with a StoreException). */
    <T> CompletableFuture<T> submitAsync(SqlFunction<Connection, T> work) {
        return enqueue(new Pending<>(work, null, null, true));
    }

    /**
     * Queues a write that may run together with its neighbours of the same {@code batch} ({@code
     * work} is what it does alone); the future completes after its commit.
     */
    <I, T> CompletableFuture<T> submitAsync(SqlFunction<Connection, T> work, BatchWrite<I, T> batch, I item) {
        return enqueue(new Pending<>(work, batch, item, true));
    }

    /** Queues the write and waits for its commit. */
    <T> T submit(SqlFunction<Connection, T> work) {
        return await(enqueue(new Pending<>(work, null, null, false)));
    }

    /**
     * {@link #submitAsync(SqlFunction, BatchWrite, Object)}, waiting at most {@code wait} for the
     * commit. The writer wakes the caller itself, as for {@link #submit(SqlFunction)}: nothing can be
     * chained onto this write.
     */
    <I, T> T submit(SqlFunction<Connection, T> work, BatchWrite<I, T> batch, I item, Duration wait) {
        CompletableFuture<T> done = enqueue(new Pending<>(work, batch, item, false));
        try {
            return done.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("The bot stopped waiting for the database because it is shutting down.", e);
        } catch (TimeoutException e) {
            throw new StoreException("The database took too long to save this; try again in a moment.", e);
        }
    }

    private static <T> T await(CompletableFuture<T> done) {
        try {
            return done.join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private <T> CompletableFuture<T> enqueue(Pending<T> pending) {
        if (Thread.currentThread() == thread) {
            // the writer waiting for itself would never return
            throw new IllegalStateException("a write must not start another write: pass its Connection on instead");
        }
        if (closed) {
            return CompletableFuture.failedFuture(new StoreException(CLOSED));
        }
        queue.add(pending);
        return pending.done;
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
                log.error("The {} failed a batch of {} writes", name, batch.size(), e);
                StoreException failure = StoreException.unexpected(e);
                batch.forEach(p -> p.outcome(null, failure));
                tell(batch);
            } finally {
                batch.clear();
            }
        }
        if (cache != null) {
            cache.close();
        }
        failLeftovers();
    }

    /** Fails writes queued after the writer stopped, so no caller waits forever. */
    private void failLeftovers() {
        List<Pending<?>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.outcome(null, new StoreException(CLOSED)));
        tell(left);
    }

    /**
     * Runs the batch (which grows by the writes that queue meanwhile) until it commits, each write
     * that failed alone has been told, or it failed as a whole.
     */
    private void runBatch(List<Pending<?>> live) throws InterruptedException {
        int attempt = 1;
        boolean together = true;
        while (!live.isEmpty()) {
            try (Connection connection = pool.getConnection()) {
                Pending<?> failed = runInTransaction(connection, live, together);
                if (failed == null) {
                    tell(live);
                    if (sqlite) {
                        journal.committed(connection);
                    }
                    return;
                }
                // the batch was undone: run the others again without the one that failed
                live.remove(failed);
                tell(List.of(failed));
            } catch (GroupRefused e) {
                // rolled back: run every write on its own, so the one at fault fails alone
                log.debug("A group of writes was refused; running them one by one", e.getCause());
                together = false;
            } catch (SQLException e) {
                if (Failures.isTransient(e) && attempt < options.maxAttempts()) {
                    attempt++;
                    log.debug("Database busy, attempt {} of a batch of {} writes", attempt, live.size(), e);
                    Thread.sleep(options.backoffBefore(attempt).toMillis());
                    continue;
                }
                StoreException failure =
                        Failures.isTransient(e) ? new StoreUnavailableException(e) : StoreException.unexpected(e);
                log.warn("A batch of {} writes failed: {}", live.size(), failure.getMessage(), e);
                live.forEach(p -> p.outcome(null, failure));
                tell(live);
                return;
            }
        }
    }

    /**
     * Runs the writes in one transaction and commits, or rolls back and returns the write that
     * failed on its own. On SQLite the transaction is spelled out (BEGIN IMMEDIATE takes the write
     * lock at once, so a busy database fails before any write) rather than left to the driver's
     * auto-commit switch, which after a failed BEGIN would run later writes outside any
     * transaction. PostgreSQL's driver begins one with the first statement after auto-commit is
     * switched off.
     */
    private Pending<?> runInTransaction(Connection connection, List<Pending<?>> live, boolean together)
            throws SQLException {
        if (!sqlite) {
            connection.setAutoCommit(false);
            try {
                Pending<?> failed = runAndJoin(connection, live, together);
                if (failed == null) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return failed;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    log.warn("Rollback failed; discarding the PostgreSQL connection", rollback);
                    pool.evictConnection(connection);
                }
                throw e;
            }
        }
        Connection work = cached(connection);
        try (Statement control = connection.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                Pending<?> failed = runAndJoin(work, live, together);
                control.execute(failed == null ? "COMMIT" : "ROLLBACK");
                return failed;
            } catch (SQLException | RuntimeException e) {
                rollbackOrEvict(connection, control);
                throw e;
            }
        }
    }

    /** The pooled connection with the statement cache in front; a new connection gets a new cache. */
    private Connection cached(Connection pooled) throws SQLException {
        Connection raw = pooled.unwrap(SQLiteConnection.class);
        if (cache == null || !cache.serves(raw)) {
            if (cache != null) {
                cache.close();
            }
            cache = new StatementCache(raw);
        }
        return cache.connection();
    }

    private void rollbackOrEvict(Connection connection, Statement control) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException e) {
            // a connection whose transaction state is unknown must not serve another write
            log.warn("Rollback failed; discarding the SQLite write connection", e);
            cache.close();
            pool.evictConnection(connection);
        }
    }

    /**
     * Runs the writes, then those that queued meanwhile, until none is waiting or the batch is full:
     * the commit then carries every write that was there to carry. Returns the first write that
     * failed on its own, or null.
     */
    private Pending<?> runAndJoin(Connection connection, List<Pending<?>> live, boolean together) throws SQLException {
        Pending<?> failed = runAll(connection, live, together);
        while (failed == null && live.size() < options.maxBatch()) {
            int before = live.size();
            queue.drainTo(live, options.maxBatch() - before);
            if (live.size() == before) {
                break;
            }
            failed = runAll(connection, live.subList(before, live.size()), together);
        }
        return failed;
    }

    /**
     * Runs each write, neighbours of the same {@link BatchWrite} together if {@code together};
     * returns the first that failed on its own (with its failure kept), or null.
     */
    private static Pending<?> runAll(Connection connection, List<Pending<?>> live, boolean together)
            throws SQLException {
        int i = 0;
        while (i < live.size()) {
            Pending<?> pending = live.get(i);
            int end = i + 1;
            if (together && pending.batch != null) {
                while (end < live.size() && live.get(end).batch == pending.batch) {
                    end++;
                }
            }
            if (end - i > 1) {
                runTogether(connection, live.subList(i, end));
                i = end;
                continue;
            }
            i++;
            try {
                pending.run(connection);
            } catch (SQLException e) {
                if (Failures.isTransient(e)) {
                    throw e; // the whole batch waits and tries again
                }
                log.warn("A write was refused by the database and rolled back", e);
                pending.outcome(null, StoreException.unexpected(e));
                return pending;
            } catch (RuntimeException e) {
                pending.outcome(null, e);
                return pending;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void runTogether(Connection connection, List<Pending<?>> group) throws SQLException {
        List<Object> items = new ArrayList<>(group.size());
        group.forEach(p -> items.add(p.item));
        BatchWrite batch = group.get(0).batch;
        List<?> results;
        try {
            results = batch.runAll(connection, items);
        } catch (SQLException e) {
            if (Failures.isTransient(e)) {
                throw e; // the whole batch waits and tries again
            }
            throw new GroupRefused(e);
        } catch (RuntimeException e) {
            throw new GroupRefused(e); // one by one, the write at fault fails alone
        }
        if (results.size() != group.size()) {
            throw new IllegalStateException(
                    "a batch write returned " + results.size() + " results for " + group.size() + " writes");
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).outcome(results.get(i), null);
        }
    }

    /** A group of writes run together was refused: the transaction is undone and they run one by one. */
    private static final class GroupRefused extends SQLException {
        private static final long serialVersionUID = 1L;

        GroupRefused(Exception cause) {
            super("a group of writes was refused", cause);
        }
    }

    /**
     * Wakes the callers blocked in {@link #submit} at once (nothing else runs on their futures),
     * and completes the futures of {@link #submitAsync} on the notifier thread, in order.
     */
    private void tell(List<Pending<?>> settled) {
        List<Pending<?>> chained = new ArrayList<>();
        for (Pending<?> pending : settled) {
            if (pending.chained) {
                chained.add(pending);
            } else {
                pending.complete();
            }
        }
        if (chained.isEmpty()) {
            return;
        }
        try {
            notifier.execute(() -> chained.forEach(Pending::complete));
        } catch (RuntimeException e) {
            chained.forEach(Pending::complete); // the notifier is gone: the bot is shutting down
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(10_000);
            failLeftovers(); // a write that slipped in while the writer was stopping
            notifier.shutdown();
            notifier.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's write: run maybe several times, completed once after the commit or failure. */
    private static final class Pending<T> {
        private final SqlFunction<Connection, T> work;
        private final BatchWrite<?, T> batch;
        private final Object item;
        private final boolean chained;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;
        private RuntimeException failure;

        Pending(SqlFunction<Connection, T> work, BatchWrite<?, T> batch, Object item, boolean chained) {
            this.work = work;
            this.batch = batch;
            this.item = item;
            this.chained = chained;
        }

        void run(Connection connection) throws SQLException {
            result = work.apply(connection);
        }

        @SuppressWarnings("unchecked")
        void outcome(Object value, RuntimeException error) {
            result = (T) value;
            failure = error;
        }

        void complete() {
            if (failure == null) {
                done.complete(result);
            } else {
                done.completeExceptionally(failure);
            }
        }
    }
}
