package dev.studybot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes of one kind that the shared-commit writer may run together, a few statements for many
 * items instead of a few for each (see {@link GroupCommitter}). {@link #runAll} must leave the
 * database, and return, what running the items' own work one after another in the given order
 * would. If it throws a {@link SQLException} that is not transient, the writer rolls the
 * transaction back and runs every item on its own, so a write the database refuses still fails
 * alone.
 */
@FunctionalInterface
interface BatchWrite<I, R> {
    /** One result per item, in the items' order. */
    List<R> runAll(Connection connection, List<I> items) throws SQLException;
}
