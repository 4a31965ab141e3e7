package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationTest {

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN a database made with the first schema and holding rows WHEN this bot opens it THEN it is migrated to the latest version in place and every row is still there")
    void migratesAFirstSchemaDatabase(Dialect dialect) throws SQLException {
        String url = TestDatabases.newUrl(dialect);
        // what the first release of the bot did: only V1, filled by its own SQL
        Flyway.configure()
                .dataSource(url, null, null)
                .locations(Migrations.LOCATION)
                .placeholders(Map.of("auto_id", dialect.autoIdColumn()))
                .target("1")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            Sql.update(
                    c,
                    "INSERT INTO teams (platform, external_id, name, created_at) VALUES ('slack', 'T1', 'Old team', 1)");
            Sql.update(
                    c,
                    "INSERT INTO channels (team_id, external_id, name, quiz_enabled, created_at, updated_at)"
                            + " VALUES (1, 'C1', 'general', 1, 1, 1)");
            Sql.update(
                    c, "INSERT INTO users (team_id, external_id, display_name, created_at) VALUES (1, 'U1', 'ada', 1)");
            Sql.update(
                    c,
                    "INSERT INTO quizzes (channel_id, kind, local_date, roadmap_id, question_id, topic_id,"
                            + " options_order, state, scheduled_at, opened_at) VALUES (1, 'daily', '2026-01-05', 'go-roadmap',"
                            + " 'q1', 't1', '0,1,2,3', 'closed', 1, 1)");
            Sql.update(
                    c,
                    "INSERT INTO answers (quiz_id, user_id, option, correct, answered_at, points)"
                            + " VALUES (1, 1, 2, 1, 5, 10)");
            Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES ('signing-secret', 'old-secret')");
            Sql.update(
                    c,
                    "INSERT INTO leaderboard_totals (team_id, period_kind, period_key, user_id, points, correct,"
                            + " reached_at) VALUES (1, 'all', 'all', 1, 10, 1, 5)");
        }

        try (Database db = Database.open(url)) {
            MigrationInfoService info =
                    Migrations.flyway(TestDatabaseSource.of(url), dialect).info();
            assertThat(info.pending()).as("migrations left to apply").isEmpty();
            assertThat(db.schemaVersion()).isEqualTo(info.current().getVersion().getVersion());
            assertThat(new DatabaseStats(db).rowCounts())
                    .containsEntry("teams", 1L)
                    .containsEntry("channels", 1L)
                    .containsEntry("users", 1L)
                    .containsEntry("quizzes", 1L)
                    .containsEntry("answers", 1L)
                    .containsEntry("bot_settings", 1L)
                    .containsEntry("leaderboard_totals", 1L)
                    .containsEntry("leaderboard_points", 1L);
            // the per-points counts start from the totals already there: ada ranks first
            assertThat(new ScoreRepository(db).rankOf(1, PeriodKey.allTime(), 1))
                    .get()
                    .extracting(LeaderboardEntry::rank)
                    .isEqualTo(1);
            assertThat(new TeamRepository(db).quizChannels())
                    .extracting(channel -> channel.channel().name())
                    .containsExactly("general");
            assertThat(new AnswerRepository(db).answersOf(1)).singleElement().satisfies(a -> assertThat(a.points())
                    .isEqualTo(10));
            assertThat(new SettingsRepository(db).get("signing-secret")).contains("old-secret");
            // and the migrated database keeps working: a new team gets the next id
            assertThat(new TeamRepository(db)
                            .upsertTeam(Platform.SLACK, "T2", "New team")
                            .id())
                    .isEqualTo(2);
        }
    }
}
