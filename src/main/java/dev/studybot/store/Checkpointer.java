package dev.studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log back into the database file from a background thread. SQLite
 * would otherwise checkpoint inside whichever commit crosses the log's size limit, so one user's
 * answer would wait for a file copy and two fsyncs. A PASSIVE checkpoint never blocks the writer;
 * commits stay durable either way, since each is in the log before the caller hears of it.
 */
final class Checkpointer implements AutoCloseable {
    /** The writer's connections leave checkpoints to this class. */
    static final String WRITER_INIT_SQL = "PRAGMA wal_autocheckpoint=0";

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);
    private static final long INTERVAL_MILLIS = 500;

    private final DataSource readers;
    private final ScheduledExecutorService timer;

    Checkpointer(DataSource readers) {
        this.readers = readers;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "studybot-sqlite-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(
                () -> checkpoint("PASSIVE"), INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void checkpoint(String mode) {
        try (Connection c = readers.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            if (rs.next() && log.isTraceEnabled()) {
                log.trace("Checkpoint {}: {} log frames, {} copied", mode, rs.getInt(2), rs.getInt(3));
            }
        } catch (SQLException | RuntimeException e) {
            // the next round tries again; the log only grows meanwhile
            log.debug("Checkpoint {} failed", mode, e);
        }
    }

    /** Stops the timer and folds the whole log into the file, leaving it empty. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint("TRUNCATE");
    }
}
