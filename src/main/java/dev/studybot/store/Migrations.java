package dev.studybot.store;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the bot's schema with Flyway, from {@code classpath:db/migration} and the
 * dialect's own {@code classpath:db/dialect/<sqlite|postgresql>}. Refuses a
 * database that a newer bot has migrated further, which Flyway on its own would quietly accept.
 */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {}

    /**
     * Where the migrations of one dialect live, beside the shared ones: a migration whose SQL cannot
     * be written once for both databases (triggers) has a file of the same version in each.
     */
    static String dialectLocation(Dialect dialect) {
        return "classpath:db/dialect/" + dialect.name().toLowerCase(java.util.Locale.ROOT);
    }

    static Flyway flyway(DataSource source, Dialect dialect) {
        return Flyway.configure()
                .dataSource(source)
                .locations(LOCATION, dialectLocation(dialect))
                .placeholders(Map.of("auto_id", dialect.autoIdColumn()))
                .load();
    }

    /** Migrates and returns the schema version reached. */
    static String migrate(DataSource source, DatabaseUrl url) {
        Flyway flyway = flyway(source, url.dialect());
        MigrationInfoService info = flyway.info();
        Optional<MigrationInfo> future = Arrays.stream(info.applied())
                .filter(m -> m.getState().name().startsWith("FUTURE"))
                .reduce((first, second) -> second);
        if (future.isPresent()) {
            String known = Arrays.stream(info.all())
                    .filter(m -> !m.getState().name().startsWith("FUTURE") && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion())
                    .reduce((first, second) -> second)
                    .orElse("none");
            throw new StoreStartupException("The database at " + url.shown() + " was made by a newer studybot (schema "
                    + future.get().getVersion() + ", this bot knows up to " + known
                    + "): upgrade studybot, or point STUDYBOT_DB_URL at a backup made by this version.");
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (Failures.isNotADatabase(e) || isConnectionProblem(e)) {
                throw e; // Database.open names these problems
            }
            log.error("Migration failed on {}", url.shown(), e);
            throw new StoreStartupException(
                    "The database at " + url.shown()
                            + " could not be brought to this version of studybot: restore a backup made before the upgrade;"
                            + " the bot's log has the details.",
                    e);
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static boolean isConnectionProblem(Throwable e) {
        String state = Failures.sqlState(e).orElse("");
        return state.startsWith("08") || state.startsWith("28") || state.equals("3D000");
    }
}
