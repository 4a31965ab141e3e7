package dev.studybot.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQLite writer's prepared statements between writes. Parsing a statement costs about as
 * much as running it, and the writer runs the same few statements all day. Only used by the single
 * writer thread, so it needs no locking.
 */
final class StatementCache {
    private static final Logger log = LoggerFactory.getLogger(StatementCache.class);

    private final Connection raw;
    private final Connection view;
    private final Map<String, Entry> statements = new HashMap<>();

    StatementCache(Connection raw) {
        this.raw = raw;
        this.view = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** The raw connection as work sees it: {@code prepareStatement(sql)} comes from the cache. */
    Connection connection() {
        return view;
    }

    boolean serves(Connection candidate) {
        return raw == candidate;
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            return prepare((String) args[0]);
        }
        if (method.getName().equals("close")) {
            return null; // the pool owns the connection
        }
        return invoke(raw, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Entry entry = statements.get(sql);
        if (entry == null) {
            entry = new Entry(raw.prepareStatement(sql));
            statements.put(sql, entry);
        }
        if (entry.inUse) {
            // the same SQL open twice at once (a nested use): give the second its own statement
            return raw.prepareStatement(sql);
        }
        entry.inUse = true;
        return entry.view;
    }

    /** Closes every cached statement; the cache is then empty. */
    void close() {
        for (Entry entry : statements.values()) {
            try {
                entry.statement.close();
            } catch (SQLException e) {
                log.debug("Cannot close a cached statement", e);
            }
        }
        statements.clear();
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A cached statement and the view handed out, whose close() only readies it for the next use. */
    private static final class Entry implements InvocationHandler {
        private final PreparedStatement statement;
        private final PreparedStatement view;
        private boolean inUse;

        Entry(PreparedStatement statement) {
            this.statement = statement;
            this.view = (PreparedStatement) Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    // every use binds all its parameters again, so nothing needs clearing
                    inUse = false;
                    return null;
                }
                case "isClosed" -> {
                    return !inUse;
                }
                default -> {
                    return StatementCache.invoke(statement, method, args);
                }
            }
        }
    }
}
