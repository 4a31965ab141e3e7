package dev.studybot.store;

import java.sql.SQLException;

/** A step of work against JDBC that may throw {@link SQLException}, such as a transaction's body. */
@FunctionalInterface
public interface SqlFunction<I, O> {
    O apply(I input) throws SQLException;
}
