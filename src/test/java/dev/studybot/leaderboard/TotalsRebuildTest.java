package dev.studybot.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.app.CliRunner;
import dev.studybot.progress.MemberRef;
import dev.studybot.progress.TestWorld;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.DatabaseOptions;
import dev.studybot.store.MutableClock;
import dev.studybot.store.PeriodKind;
import dev.studybot.store.Quiz;
import dev.studybot.store.Team;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Rebuilding the leaderboard totals from the score events")
class TotalsRebuildTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A team whose members answered a week of daily quizzes (some wrong, some with bonuses). */
    private static Team playedWeek(TestWorld world, String... names) {
        Team team = world.team("Gophers");
        ChannelSettings channel = world.quizChannel(team, SHANGHAI);
        MemberRef[] members = new MemberRef[names.length];
        for (int i = 0; i < names.length; i++) {
            members[i] = world.member(team, names[i]);
        }
        LocalDate first = LocalDate.of(2026, 11, 26);
        for (int day = 0; day < 7; day++) {
            Quiz quiz = world.daily(channel, first.plusDays(day), "mini", "1.1.1");
            for (int i = 0; i < members.length; i++) {
                boolean right = (day + i) % 3 != 0;
                world.answer(quiz, members[i], right, world.clock.instant().plusSeconds(60L * i), right ? i : 0);
            }
            world.quizzes.close(quiz.id(), world.clock.instant().plus(Duration.ofHours(8)));
            world.clock.advance(Duration.ofDays(1));
        }
        return team;
    }

    private static int tamper(Database db, String sql, long teamId, long userId) {
        return db.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setLong(1, teamId);
                statement.setLong(2, userId);
                return statement.executeUpdate();
            }
        });
    }

    @BothDatabases
    @DisplayName(
            "GIVEN totals kept by the quiz on each answer WHEN rebuilt from the score events THEN they match, and the board reads the same")
    void rebuildMatchesRunningTotals(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = playedWeek(world, "ann", "bob", "cat");
        LeaderboardService service = new LeaderboardService(world.scores, world.teams, ZoneId.of("UTC"), clock);
        MemberRef ann = new MemberRef(
                team.id(),
                world.teams.findUserByName(team.id(), "ann").orElseThrow().id(),
                "ann");
        Standings before = service.standings(team.id(), ann.userId(), Period.ALL);

        TotalsRebuild.TeamResult result = new TotalsRebuild(world.teams, world.scores).rebuild(team);

        assertThat(result.differences()).isEmpty();
        assertThat(service.standings(team.id(), ann.userId(), Period.ALL)).isEqualTo(before);
        assertThat(before.top()).hasSize(3);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a tampered and a missing total WHEN rebuilt THEN both are reported with what was stored and what the events say, and fixed")
    void rebuildReportsTamperedTotals(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = playedWeek(world, "ann", "bob");
        long ann = world.teams.findUserByName(team.id(), "ann").orElseThrow().id();
        long bob = world.teams.findUserByName(team.id(), "bob").orElseThrow().id();
        LeaderboardService service = new LeaderboardService(world.scores, world.teams, ZoneId.of("UTC"), clock);
        int annAll = service.standings(team.id(), ann, Period.ALL)
                .self()
                .orElseThrow()
                .points();
        assertThat(tamper(
                        db,
                        "UPDATE leaderboard_totals SET points = points + 100 WHERE team_id = ? AND user_id = ?"
                                + " AND period_kind = 'all'",
                        team.id(),
                        ann))
                .isEqualTo(1);
        assertThat(tamper(
                        db,
                        "DELETE FROM leaderboard_totals WHERE team_id = ? AND user_id = ? AND period_kind = 'month'",
                        team.id(),
                        bob))
                .isGreaterThan(0);

        TotalsRebuild rebuild = new TotalsRebuild(world.teams, world.scores);
        TotalsRebuild.TeamResult result = rebuild.rebuild(team);

        assertThat(result.differences())
                .filteredOn(d -> d.userId() == ann)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.member()).isEqualTo("ann");
                    assertThat(d.period().kind()).isEqualTo(PeriodKind.ALL);
                    assertThat(d.storedPoints()).isEqualTo(annAll + 100);
                    assertThat(d.rebuiltPoints()).isEqualTo(annAll);
                });
        assertThat(result.differences())
                .filteredOn(d -> d.userId() == bob)
                .isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.period().kind()).isEqualTo(PeriodKind.MONTH);
                    assertThat(d.storedPoints()).isZero();
                    assertThat(d.rebuiltPoints()).isPositive();
                });
        assertThat(service.standings(team.id(), ann, Period.ALL)
                        .self()
                        .orElseThrow()
                        .points())
                .isEqualTo(annAll);
        assertThat(rebuild.rebuild(team).differences()).as("a second rebuild").isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a tampered total in the bot's database WHEN `leaderboard rebuild --json` runs THEN it lists the difference and the next run finds none")
    void command(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("studybot.db");
        MutableClock clock = new MutableClock();
        long ann;
        try (Database db = Database.open(url, DatabaseOptions.defaults().withClock(clock))) {
            TestWorld world = new TestWorld(db, clock);
            Team team = playedWeek(world, "ann", "bob");
            ann = world.teams.findUserByName(team.id(), "ann").orElseThrow().id();
            tamper(
                    db,
                    "UPDATE leaderboard_totals SET points = points + 7 WHERE team_id = ? AND user_id = ?"
                            + " AND period_kind = 'all'",
                    team.id(),
                    ann);
        }
        Map<String, String> env = Map.of("STUDYBOT_DB_URL", url);

        CliRunner.Result first = CliRunner.run("", env, "leaderboard", "rebuild", "--json");
        CliRunner.Result text = CliRunner.run("", env, "leaderboard", "rebuild");

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("teamsRebuilt").asInt()).isEqualTo(1);
        assertThat(json.get("differences").asInt()).isEqualTo(1);
        JsonNode difference = json.get("teams").get(0).get("differences").get(0);
        assertThat(difference.get("period").asText()).isEqualTo("all");
        assertThat(difference.get("member").asText()).isEqualTo("ann");
        assertThat(difference.get("userId").asLong()).isEqualTo(ann);
        assertThat(difference.get("storedPoints").asInt()
                        - difference.get("rebuiltPoints").asInt())
                .isEqualTo(7);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("the totals match the score events").contains("0 totals differed");
    }
}
