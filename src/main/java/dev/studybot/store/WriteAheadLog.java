package dev.studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SQLite's write-ahead log from growing without end while answers keep coming. The log
 * starts again from its beginning only when a write begins after every frame in it was copied back
 * into the database. The {@link Checkpointer} copies from another thread while the writer goes on
 * appending, so under a steady stream of writes it never catches up: the log grew by about 125 MB a
 * second in the storage benchmark, and every commit paid the file system for new blocks (a fifth of
 * the writer's time went to zeroing pages). So every {@link #COMMITS} commits the writer itself
 * checkpoints between two transactions (the background checkpoints have copied most frames by then,
 * so this copies the rest and syncs), and its next transaction writes the log from the start again,
 * over pages the file system already has. Used only by the writer thread.
 */
final class WriteAheadLog {
    /**
     * Commits between two checkpoints by the writer: at most a few thousand answers' frames (tens of
     * megabytes) under a steady stream, a few a second.
     */
    static final int COMMITS = 128;

    private static final Logger log = LoggerFactory.getLogger(WriteAheadLog.class);

    private int commits;

    /** After a commit: every {@link #COMMITS} commits, checkpoint now, between transactions. */
    void committed(Connection connection) {
        if (++commits < COMMITS) {
            return;
        }
        commits = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            if (rs.next() && log.isTraceEnabled()) {
                log.trace("Checkpoint by the writer: {} log frames, {} copied", rs.getInt(2), rs.getInt(3));
            }
        } catch (SQLException e) {
            // the background checkpoints go on; the log only grows meanwhile
            log.debug("The writer could not checkpoint", e);
        }
    }
}
