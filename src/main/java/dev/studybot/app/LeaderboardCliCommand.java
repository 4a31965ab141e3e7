package dev.studybot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.leaderboard.TotalsRebuild;
import dev.studybot.store.Database;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.StoreException;
import dev.studybot.store.TeamRepository;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code studybot leaderboard rebuild [--json]}: recomputes every team's leaderboard totals from
 * the score events, replaces the running totals, and lists each total that differed. Exit code 0
 * when the rebuild ran (whether or not totals differed: the count is in the output), 1 with one
 * sentence on standard error when the database could not be used.
 */
@Command(
        name = "leaderboard",
        description = "Check the leaderboard's running totals against the score events.",
        mixinStandardHelpOptions = true)
public final class LeaderboardCliCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(LeaderboardCliCommand.class);

    private final Supplier<String> url;

    @Spec
    CommandSpec spec;

    /** The database the bot's configuration names (db.url, STUDYBOT_DB_URL). */
    public LeaderboardCliCommand() {
        this(() -> StudyBot.jdbcUrl(Main.config().db()));
    }

    /** @param url supplies the JDBC URL when a subcommand runs */
    public LeaderboardCliCommand(Supplier<String> url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return 1;
    }

    @Command(
            name = "rebuild",
            description = "Recompute every team's totals from the score events and report where the running"
                    + " totals differed (they are replaced by the recomputed ones).")
    int rebuild(@Option(names = "--json", description = "Print one JSON object.") boolean json) {
        try (Database db = Database.open(url.get())) {
            List<TotalsRebuild.TeamResult> results =
                    new TotalsRebuild(new TeamRepository(db), new ScoreRepository(db)).rebuildAll();
            if (json) {
                out().println(new ObjectMapper().writeValueAsString(asJson(results)));
            } else {
                print(results);
            }
            out().flush();
            return 0;
        } catch (StoreException e) {
            err().println(e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) {
            log.error("leaderboard rebuild failed", e);
            err().println("The leaderboard rebuild failed unexpectedly; the bot's log has the details.");
        }
        err().flush();
        return 1;
    }

    private void print(List<TotalsRebuild.TeamResult> results) {
        int differences = 0;
        for (TotalsRebuild.TeamResult result : results) {
            String team = "Team " + result.team().name() + " ("
                    + result.team().platform().code() + " " + result.team().externalId() + ")";
            if (result.differences().isEmpty()) {
                out().println(team + ": the totals match the score events.");
                continue;
            }
            differences += result.differences().size();
            out().println(team + ": " + result.differences().size() + " totals differed; now rebuilt:");
            for (TotalsRebuild.Difference d : result.differences()) {
                out().printf(
                                "  %-5s %-8s  %s: stored %d points, %d right; rebuilt %d points, %d right%n",
                                d.period().kind().code(),
                                d.period().key(),
                                d.member(),
                                d.storedPoints(),
                                d.storedCorrect(),
                                d.rebuiltPoints(),
                                d.rebuiltCorrect());
            }
        }
        out().println("Rebuilt " + results.size() + (results.size() == 1 ? " team" : " teams") + "; " + differences
                + (differences == 1 ? " total differed." : " totals differed."));
    }

    private static Map<String, Object> asJson(List<TotalsRebuild.TeamResult> results) {
        List<Map<String, Object>> teams = new ArrayList<>();
        int differences = 0;
        for (TotalsRebuild.TeamResult result : results) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TotalsRebuild.Difference d : result.differences()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("period", d.period().kind().code());
                row.put("key", d.period().key());
                row.put("userId", d.userId());
                row.put("member", d.member());
                row.put("storedPoints", d.storedPoints());
                row.put("storedCorrect", d.storedCorrect());
                row.put("rebuiltPoints", d.rebuiltPoints());
                row.put("rebuiltCorrect", d.rebuiltCorrect());
                rows.add(row);
            }
            differences += rows.size();
            Map<String, Object> team = new LinkedHashMap<>();
            team.put("team", result.team().id());
            team.put("platform", result.team().platform().code());
            team.put("externalId", result.team().externalId());
            team.put("name", result.team().name());
            team.put("differences", rows);
            teams.add(team);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("teams", teams);
        json.put("teamsRebuilt", results.size());
        json.put("differences", differences);
        return json;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
