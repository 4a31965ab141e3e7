package dev.studybot.store;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The bot's own settings by key, such as the secret that signs button ids. */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<String> get(String key) {
        return db.read(c -> Sql.first(c, "SELECT value FROM bot_settings WHERE key = ?", rs -> rs.getString(1), key));
    }

    /**
     * The setting's value, stored from {@code initial} the first time. When processes race, all get
     * the value that was stored first, so for example every process signs with the same secret.
     */
    public String getOrCreate(String key, Supplier<String> initial) {
        Optional<String> known = get(key);
        if (known.isPresent()) {
            return known.get();
        }
        String candidate = Objects.requireNonNull(initial.get(), "initial value");
        return db.inTransaction(c -> {
            Sql.update(
                    c,
                    "INSERT INTO bot_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                    key,
                    candidate);
            return Sql.first(c, "SELECT value FROM bot_settings WHERE key = ?", rs -> rs.getString(1), key)
                    .orElseThrow();
        });
    }

    public void put(String key, String value) {
        Objects.requireNonNull(value, "value");
        db.inTransaction(c -> Sql.update(
                c,
                "INSERT INTO bot_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key,
                value));
    }
}
