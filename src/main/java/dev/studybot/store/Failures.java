package dev.studybot.store;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Optional;
import org.sqlite.SQLiteException;

/** Reads JDBC failures: which ones a retry may cure, and which start-up problem one stands for. */
final class Failures {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_NOTADB = 26;

    private Failures() {}

    /**
     * True when trying the same transaction again may succeed: SQLite busy or locked, a PostgreSQL
     * connection that dropped (SQLState class 08, or the server shutting the session down, 57P0x),
     * a serialization failure or deadlock (40001, 40P01), or no pooled connection in time.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return true;
                }
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null
                        && (state.startsWith("08")
                                || state.equals("40001")
                                || state.equals("40P01")
                                || state.startsWith("57P0"))) {
                    return true;
                }
                if (t instanceof SQLTransientException) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isNotADatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite && (sqlite.getResultCode().code & 0xff) == SQLITE_NOTADB) {
                return true;
            }
        }
        return false;
    }

    /** The first SQLState found along the cause chain. */
    static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
