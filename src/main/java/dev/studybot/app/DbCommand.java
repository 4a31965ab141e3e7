package dev.studybot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.store.Database;
import dev.studybot.store.DatabaseStats;
import dev.studybot.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studybot db stats [--json]} and {@code studybot db backup <file>}: the database's row
 * counts, and a consistent copy of a SQLite database while the bot runs. Exit code 0 on success, 1
 * with one sentence on standard error otherwise.
 */
@Command(
        name = "db",
        description = "Inspect or back up the bot's database (STUDYBOT_DB_URL; default jdbc:sqlite:data/studybot.db).",
        mixinStandardHelpOptions = true)
public final class DbCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DbCommand.class);

    private final Supplier<String> url;

    @Spec
    CommandSpec spec;

    /** The database the bot's configuration names (db.url, STUDYBOT_DB_URL), read when a subcommand runs. */
    public DbCommand() {
        this(() -> StudyBot.jdbcUrl(Main.config().db()));
    }

    /** @param url supplies the JDBC URL from the bot's configuration when a subcommand runs */
    public DbCommand(Supplier<String> url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return 1;
    }

    @Command(name = "stats", description = "Print the number of rows of each table.")
    int stats(@Option(names = "--json", description = "Print a JSON object keyed by table name.") boolean json) {
        return run(db -> {
            Map<String, Long> counts = new DatabaseStats(db).rowCounts();
            if (json) {
                out().println(new ObjectMapper().writeValueAsString(counts));
            } else {
                out().printf("%-20s %10s%n", "table", "rows");
                counts.forEach((table, rows) -> out().printf("%-20s %10d%n", table, rows));
            }
        });
    }

    @Command(name = "backup", description = "Write a consistent copy of the SQLite database to <file>.")
    int backup(@Parameters(paramLabel = "<file>", description = "Where to write the copy.") Path file) {
        return run(db -> {
            new DatabaseStats(db).backup(file);
            out().println("Backed up the database to " + file.toAbsolutePath().normalize() + ".");
        });
    }

    private int run(DatabaseAction action) {
        try (Database db = Database.openExisting(url.get())) {
            action.run(db);
            out().flush();
            return 0;
        } catch (StoreException e) {
            err().println(e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) {
            log.error("db command failed", e);
            err().println("The db command failed unexpectedly; the bot's log has the details.");
        }
        err().flush();
        return 1;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @FunctionalInterface
    private interface DatabaseAction {
        void run(Database db) throws JsonProcessingException;
    }
}
