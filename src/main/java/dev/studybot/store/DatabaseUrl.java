package dev.studybot.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A JDBC URL understood: its dialect, the SQLite file it names, and a form safe to show (no
 * password).
 */
record DatabaseUrl(String jdbcUrl, Dialect dialect, Path sqliteFile, String shown) {
    static final String ENVIRONMENT_HINT = "set STUDYBOT_DB_URL (or db.url)";

    static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new StoreStartupException("No database URL is set: " + ENVIRONMENT_HINT
                    + " to jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database>.");
        }
        String trimmed = url.trim();
        if (trimmed.startsWith(Dialect.SQLITE.urlPrefix())) {
            return sqlite(trimmed);
        }
        if (trimmed.startsWith(Dialect.POSTGRESQL.urlPrefix())) {
            return new DatabaseUrl(
                    trimmed, Dialect.POSTGRESQL, null, trimmed.replaceAll("(?i)(password=)[^&]*", "$1***"));
        }
        throw new StoreStartupException("Cannot open the database URL '" + firstPart(trimmed) + "': " + ENVIRONMENT_HINT
                + " to jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database>.");
    }

    private static DatabaseUrl sqlite(String url) {
        String rest = url.substring(Dialect.SQLITE.urlPrefix().length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isBlank() || file.equals(":memory:") || url.contains("mode=memory")) {
            throw new StoreStartupException("The database URL '" + url + "' names no file, and an in-memory database"
                    + " would forget everything at exit: " + ENVIRONMENT_HINT + " to jdbc:sqlite:<file>.");
        }
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            return new DatabaseUrl(url, Dialect.SQLITE, path, url);
        } catch (InvalidPathException e) {
            throw new StoreStartupException(
                    "Cannot open the database URL '" + url + "': '" + file + "' is not a file path.", e);
        }
    }

    /** Enough of an unknown URL to recognise it, without what might be a password after it. */
    private static String firstPart(String url) {
        int cut = url.indexOf('?');
        String head = cut < 0 ? url : url.substring(0, cut);
        int at = head.indexOf('@');
        return at < 0 ? head : "..." + head.substring(at);
    }

    /** A parameter of the URL's query ({@code ?name=value&...}), if present. */
    java.util.Optional<String> queryParameter(String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return java.util.Optional.empty();
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) {
                return java.util.Optional.of(pair.substring(equals + 1));
            }
        }
        return java.util.Optional.empty();
    }
}
