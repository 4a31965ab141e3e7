package dev.studybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few JDBC moves every repository makes, so each query reads as its SQL and its row mapping.
 * Parameters bind by Java type: an {@link Instant} as epoch millis, a {@link LocalDate} as
 * {@code YYYY-MM-DD}, a boolean as 0/1 and a {@link Coded} value as its code.
 */
final class Sql {
    private Sql() {}

    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    static <T> List<T> list(Connection connection, String sql, SqlFunction<ResultSet, T> row, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.apply(rs));
                }
                return rows;
            }
        }
    }

    /** The first row, if any; also serves {@code INSERT ... RETURNING}. */
    static <T> Optional<T> first(Connection connection, String sql, SqlFunction<ResultSet, T> row, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(row.apply(rs)) : Optional.empty();
            }
        }
    }

    /** One statement and its parameters, to run among others ({@link #updateAll}). */
    record Step(String sql, Object... params) {}

    /**
     * Runs the statements in order. On PostgreSQL they go in one call, which the driver sends as one
     * round trip (each statement still takes its own snapshot, as it would alone); SQLite's driver
     * takes one statement a call.
     */
    static void updateAll(Connection connection, Dialect dialect, List<Step> steps) throws SQLException {
        if (steps.isEmpty()) {
            return;
        }
        if (dialect == Dialect.SQLITE || steps.size() == 1) {
            for (Step step : steps) {
                update(connection, step.sql(), step.params());
            }
            return;
        }
        try (PreparedStatement statement = together(
                connection,
                steps.stream().map(Step::sql).toList(),
                steps.stream().map(Step::params).toList())) {
            boolean rows = statement.execute();
            while (rows || statement.getUpdateCount() != -1) {
                rows = statement.getMoreResults();
            }
        }
    }

    /**
     * Runs the statements, those with the same SQL as one JDBC batch (each keeps its place among
     * its own kind; kinds run in the order they first appear). Returns the update counts of the
     * first kind's statements, in order.
     */
    static int[] batch(Connection connection, List<Step> steps) throws SQLException {
        Map<String, List<Step>> kinds = new LinkedHashMap<>();
        for (Step step : steps) {
            kinds.computeIfAbsent(step.sql(), sql -> new ArrayList<>()).add(step);
        }
        int[] first = null;
        for (Map.Entry<String, List<Step>> kind : kinds.entrySet()) {
            int[] counts;
            try (PreparedStatement statement = connection.prepareStatement(kind.getKey())) {
                if (kind.getValue().size() == 1) {
                    bind(statement, kind.getValue().get(0).params());
                    counts = new int[] {statement.executeUpdate()};
                } else {
                    for (Step step : kind.getValue()) {
                        bind(statement, step.params());
                        statement.addBatch();
                    }
                    counts = statement.executeBatch();
                }
            }
            if (first == null) {
                first = counts;
            }
        }
        return first == null ? new int[0] : first;
    }

    /** A query among others ({@link #queryAll}): its rows go to {@code row}, one call each. */
    record Query(String sql, RowCallback row, Object... params) {}

    /** Takes one row of a {@link Query}. */
    @FunctionalInterface
    interface RowCallback {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Runs the queries in order. On PostgreSQL they go in one call, one round trip (each statement
     * takes its own snapshot, as it would alone, so a query after a locking one sees what committed
     * before the lock was granted); on SQLite one by one.
     */
    static void queryAll(Connection connection, Dialect dialect, List<Query> queries) throws SQLException {
        if (dialect == Dialect.SQLITE || queries.size() == 1) {
            for (Query query : queries) {
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    bind(statement, query.params());
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            query.row().accept(rs);
                        }
                    }
                }
            }
            return;
        }
        try (PreparedStatement statement = together(
                connection,
                queries.stream().map(Query::sql).toList(),
                queries.stream().map(Query::params).toList())) {
            boolean rows = statement.execute();
            for (Query query : queries) {
                if (!rows) {
                    throw new SQLException("expected the rows of a query, got an update count");
                }
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        query.row().accept(rs);
                    }
                }
                rows = statement.getMoreResults();
            }
        }
    }

    /** The statements as one, separated by semicolons, with their parameters bound in order: one call on PostgreSQL. */
    private static PreparedStatement together(Connection connection, List<String> sqls, List<Object[]> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(String.join(";\n", sqls));
        try {
            bind(statement, params.stream().flatMap(java.util.Arrays::stream).toArray());
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static long count(Connection connection, String sql, Object... params) throws SQLException {
        return first(connection, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setLong(index, instant.toEpochMilli());
            } else if (value instanceof LocalDate date) {
                statement.setString(index, date.toString());
            } else if (value instanceof Boolean flag) {
                statement.setInt(index, flag ? 1 : 0);
            } else if (value instanceof Coded coded) {
                statement.setString(index, coded.code());
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Double number) {
                statement.setDouble(index, number);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else {
                throw new IllegalArgumentException(
                        "cannot bind a " + value.getClass().getName() + " at " + index);
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static boolean flag(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }
}
