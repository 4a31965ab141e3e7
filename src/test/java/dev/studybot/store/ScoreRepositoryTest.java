package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreRepositoryTest {

    /** An answer to the world's quiz: right answers earn 10 points, and 5 more with {@code firstBonus}. */
    static AnswerWrite write(Fixtures.World world, long userId, int option, boolean correct) {
        return write(world, userId, option, correct, world.quiz().openedAt().plusSeconds(60), false);
    }

    static AnswerWrite write(
            Fixtures.World world, long userId, int option, boolean correct, Instant at, boolean firstBonus) {
        Map<ScoreReason, Integer> points = !correct
                ? Map.of()
                : firstBonus ? Map.of(ScoreReason.CORRECT, 10, ScoreReason.FIRST, 5) : Map.of(ScoreReason.CORRECT, 10);
        return new AnswerWrite(
                world.team().id(),
                world.channel().id(),
                world.quiz().id(),
                userId,
                option,
                correct,
                at,
                world.quiz().localDate(),
                world.quiz().roadmapId(),
                world.quiz().questionId(),
                points,
                PeriodKey.of(world.quiz().localDate()),
                current -> {
                    int run = correct ? current.map(Streak::current).orElse(0) + 1 : 0;
                    int best = Math.max(run, current.map(Streak::best).orElse(0));
                    return new Streak(
                            userId,
                            world.channel().id(),
                            run,
                            best,
                            world.quiz().id(),
                            at);
                });
    }

    @Test
    @DisplayName(
            "GIVEN a write that names a leaderboard period twice WHEN it is made THEN it is refused, since the answer would count twice there")
    void periodTwiceIsRefused() {
        PeriodKey week = PeriodKey.week(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> new AnswerWrite(
                        1,
                        1,
                        1,
                        1,
                        2,
                        true,
                        Instant.EPOCH,
                        LocalDate.of(2026, 3, 2),
                        "go",
                        "q1",
                        Map.of(),
                        List.of(week, PeriodKey.allTime(), week),
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("periods must not repeat");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a right answer WHEN it is recorded with its score THEN the answer, its events, every period's total, the question's stats and the streak are saved together")
    void recordsEverythingAtOnce(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        ScoreRepository scores = new ScoreRepository(db);

        ScoredAnswer scored = scores.recordAnswer(
                write(world, ada, 2, true, world.quiz().openedAt().plusSeconds(5), true));

        assertThat(scored.recorded()).isTrue();
        assertThat(scored.result().answer().points()).isEqualTo(15);
        assertThat(scored.streak()).map(Streak::current).contains(1);
        for (PeriodKey period : PeriodKey.of(Fixtures.DAY)) {
            assertThat(scores.rankOf(world.team().id(), period, ada)).get().satisfies(e -> {
                assertThat(e.rank()).isEqualTo(1);
                assertThat(e.points()).isEqualTo(15);
                assertThat(e.correct()).isEqualTo(1);
                assertThat(e.displayName()).isEqualTo("ada");
            });
        }
        assertThat(new QuestionStatsRepository(db).stats(world.team().id(), "go-roadmap", "q-goroutines-1"))
                .get()
                .satisfies(s -> {
                    assertThat(s.answered()).isEqualTo(1);
                    assertThat(s.correct()).isEqualTo(1);
                });
        assertThat(scores.streak(ada, world.channel().id())).map(Streak::best).contains(1);
        assertThat(PeriodKey.week(Fixtures.DAY).key()).isEqualTo("2026-W48");
        assertThat(PeriodKey.month(Fixtures.DAY).key()).isEqualTo("2026-11");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a member who already answered WHEN the same answer comes again (a retry) THEN nothing is counted twice")
    void secondAnswerCountsNothing(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        ScoreRepository scores = new ScoreRepository(db);
        scores.recordAnswer(write(world, ada, 2, true));

        ScoredAnswer again = scores.recordAnswer(write(world, ada, 1, false));

        assertThat(again.result()).isInstanceOf(RecordResult.AlreadyAnswered.class);
        assertThat(again.result().answer().option()).isEqualTo(2);
        assertThat(scores.rankOf(world.team().id(), PeriodKey.allTime(), ada))
                .map(LeaderboardEntry::points)
                .contains(10);
        assertThat(new QuestionStatsRepository(db).stats(world.team().id(), "go-roadmap", "q-goroutines-1"))
                .map(QuestionStats::answered)
                .contains(1);
        assertThat(scores.streak(ada, world.channel().id()))
                .map(Streak::current)
                .contains(1);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN members with equal points WHEN the leaderboard is read THEN whoever got there first ranks higher, and a member's own rank agrees")
    void tiesRankByWhoGotThereFirst(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        long bob = fixtures.user(world.team().id(), "bob");
        long cy = fixtures.user(world.team().id(), "cy");
        long dee = fixtures.user(world.team().id(), "dee");
        Instant opened = world.quiz().openedAt();
        ScoreRepository scores = new ScoreRepository(db);
        scores.recordAnswer(write(world, bob, 2, true, opened.plusSeconds(30), false));
        scores.recordAnswer(write(world, ada, 2, true, opened.plusSeconds(10), true));
        scores.recordAnswer(write(world, cy, 2, true, opened.plusSeconds(20), false));
        scores.recordAnswer(write(world, dee, 1, false, opened.plusSeconds(5), false));

        List<LeaderboardEntry> top = scores.top(world.team().id(), PeriodKey.week(Fixtures.DAY), 10);

        assertThat(top).extracting(LeaderboardEntry::displayName).containsExactly("ada", "cy", "bob");
        assertThat(top).extracting(LeaderboardEntry::rank).containsExactly(1, 2, 3);
        assertThat(top).extracting(LeaderboardEntry::points).containsExactly(15, 10, 10);
        assertThat(scores.top(world.team().id(), PeriodKey.week(Fixtures.DAY), 2))
                .hasSize(2);
        assertThat(scores.rankOf(world.team().id(), PeriodKey.week(Fixtures.DAY), bob))
                .map(LeaderboardEntry::rank)
                .contains(3);
        assertThat(scores.rankOf(world.team().id(), PeriodKey.week(Fixtures.DAY), dee))
                .isEmpty();
        assertThat(scores.top(world.team().id(), PeriodKey.month(Fixtures.DAY.plusMonths(1)), 10))
                .isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN totals that drifted from the score events WHEN they are rebuilt THEN the differences are reported and the totals match the events again")
    void rebuildsTotalsFromEvents(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        long bob = fixtures.user(world.team().id(), "bob");
        ScoreRepository scores = new ScoreRepository(db);
        scores.recordAnswer(write(world, ada, 2, true, world.quiz().openedAt().plusSeconds(3), true));
        scores.recordAnswer(write(world, bob, 2, true));
        Quiz tomorrow = fixtures.openQuiz(world.channel().id(), Fixtures.DAY.plusDays(1));
        Fixtures.World nextDay = new Fixtures.World(world.team(), world.channel(), tomorrow);
        scores.recordAnswer(write(nextDay, ada, 2, true));
        List<LeaderboardEntry> before = scores.top(world.team().id(), PeriodKey.allTime(), 10);
        db.inTransaction(c -> Sql.update(
                c,
                "UPDATE leaderboard_totals SET points = points + 100 WHERE team_id = ? AND user_id = ?"
                        + " AND period_kind = 'all'",
                world.team().id(),
                bob));

        List<TotalDifference> differences = scores.rebuildTotals(world.team().id(), PeriodKey::of);

        assertThat(differences).containsExactly(new TotalDifference(PeriodKey.allTime(), bob, 110, 1, 10, 1));
        assertThat(scores.top(world.team().id(), PeriodKey.allTime(), 10)).isEqualTo(before);
        assertThat(scores.rebuildTotals(world.team().id(), PeriodKey::of)).isEmpty();
        assertThat(pointsCounts(db))
                .as("members per points value after the rebuild")
                .isEqualTo(countedFromTotals(db));
        // the triggers keep counting afterwards: carl's first answer puts him behind bob, who had 10 first
        long carl = fixtures.user(world.team().id(), "carl");
        scores.recordAnswer(
                write(nextDay, carl, 2, true, nextDay.quiz().openedAt().plusSeconds(120), false));
        assertThat(pointsCounts(db))
                .as("members per points value after a later answer")
                .isEqualTo(countedFromTotals(db));
        assertThat(scores.rankOf(world.team().id(), PeriodKey.allTime(), carl))
                .get()
                .extracting(LeaderboardEntry::rank)
                .isEqualTo(3);
    }

    /** What the per-points table says: "team/period/points" to members, leaving out values nobody holds. */
    private static Map<String, Long> pointsCounts(Database db) {
        return counts(
                db,
                "SELECT team_id || '/' || period_kind || '/' || period_key || '/' || points, members"
                        + " FROM leaderboard_points WHERE members > 0");
    }

    private static Map<String, Long> countedFromTotals(Database db) {
        return counts(
                db,
                "SELECT team_id || '/' || period_kind || '/' || period_key || '/' || points, COUNT(*)"
                        + " FROM leaderboard_totals GROUP BY team_id, period_kind, period_key, points");
    }

    private static Map<String, Long> counts(Database db, String sql) {
        return db.read(c -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (Map.Entry<String, Long> row : Sql.list(c, sql, rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
                counts.put(row.getKey(), row.getValue());
            }
            return counts;
        });
    }

    @BothDatabases
    @DisplayName("GIVEN streaks in a channel WHEN they are listed THEN the longest current run comes first")
    void listsStreaks(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        long bob = fixtures.user(world.team().id(), "bob");
        ScoreRepository scores = new ScoreRepository(db);
        scores.putStreak(
                new Streak(ada, world.channel().id(), 2, 5, world.quiz().id(), clock.instant()));
        scores.putStreak(new Streak(bob, world.channel().id(), 4, 4, null, clock.instant()));
        clock.advance(Duration.ofDays(1));
        scores.putStreak(
                new Streak(ada, world.channel().id(), 3, 5, world.quiz().id(), clock.instant()));

        assertThat(scores.streaks(world.channel().id()))
                .extracting(Streak::userId, Streak::current, Streak::best)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(bob, 4, 4), org.assertj.core.groups.Tuple.tuple(ada, 3, 5));
        assertThat(scores.streak(ada, world.channel().id()))
                .map(Streak::updatedAt)
                .contains(clock.instant());
        assertThat(scores.streak(ada, world.channel().id() + 1000)).isEqualTo(Optional.empty());
    }
}
