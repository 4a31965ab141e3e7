package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConcurrencyTest {
    private static final int THREADS = 16;

    @BothDatabases
    @DisplayName(
            "GIVEN 16 threads recording the same member's answer at once WHEN they finish THEN one row exists, one thread recorded it and the rest were told it was already answered")
    void racingAnswersInOneProcess(Database db) throws Exception {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        ScoreRepository scores = new ScoreRepository(db);

        List<ScoredAnswer> results =
                race(THREADS, i -> () -> scores.recordAnswer(ScoreRepositoryTest.write(world, ada, i % 4, i % 4 == 2)));

        assertThat(results).filteredOn(ScoredAnswer::recorded).hasSize(1);
        assertThat(results)
                .filteredOn(r -> r.result() instanceof RecordResult.AlreadyAnswered)
                .hasSize(THREADS - 1);
        assertThat(new AnswerRepository(db).answersOf(world.quiz().id())).hasSize(1);
        assertThat(new QuestionStatsRepository(db).stats(world.team().id(), "go-roadmap", "q-goroutines-1"))
                .map(QuestionStats::answered)
                .contains(1);
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN two bot processes (two Database instances) on one database WHEN 16 threads across them claim the same daily quiz THEN exactly one claim wins")
    void racingClaimsAcrossProcesses(Dialect dialect) throws Exception {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock();
        try (Database one = Database.open(url, TestDatabases.options(clock));
                Database two = Database.open(url, TestDatabases.options(clock))) {
            Fixtures fixtures = new Fixtures(one);
            ChannelSettings channel = fixtures.channel(fixtures.team().id());
            QuizRepository[] processes = {new QuizRepository(one), new QuizRepository(two)};
            Instant now = clock.instant();

            List<ClaimResult> results = race(
                    THREADS,
                    i -> () -> processes[i % 2].claimDaily(
                            channel.id(), Fixtures.DAY, Fixtures.QUESTION, "process-" + i, now, Duration.ofMinutes(5)));

            assertThat(results)
                    .filteredOn(r -> r instanceof ClaimResult.Claimed)
                    .hasSize(1);
            String winner = results.stream()
                    .filter(r -> r instanceof ClaimResult.Claimed)
                    .findFirst()
                    .orElseThrow()
                    .quiz()
                    .claimedBy();
            assertThat(results).allSatisfy(r -> assertThat(r.quiz().claimedBy()).isEqualTo(winner));
            assertThat(new DatabaseStats(two).rowCounts()).containsEntry("quizzes", 1L);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN two bot processes on one database WHEN 16 threads across them record the same answer THEN one row exists and every other call was told it was already answered")
    void racingAnswersAcrossProcesses(Dialect dialect) throws Exception {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock();
        try (Database one = Database.open(url, TestDatabases.options(clock));
                Database two = Database.open(url, TestDatabases.options(clock))) {
            Fixtures fixtures = new Fixtures(one);
            Fixtures.World world = fixtures.world();
            long ada = fixtures.user(world.team().id(), "ada");
            ScoreRepository[] processes = {new ScoreRepository(one), new ScoreRepository(two)};

            List<ScoredAnswer> results = race(
                    THREADS, i -> () -> processes[i % 2].recordAnswer(ScoreRepositoryTest.write(world, ada, 2, true)));

            assertThat(results).filteredOn(ScoredAnswer::recorded).hasSize(1);
            assertThat(results).filteredOn(r -> !r.recorded()).hasSize(THREADS - 1);
            assertThat(new DatabaseStats(two).rowCounts())
                    .containsEntry("answers", 1L)
                    .containsEntry("score_events", 1L)
                    .containsEntry("leaderboard_totals", 3L);
            assertThat(new ScoreRepository(two).rankOf(world.team().id(), PeriodKey.allTime(), ada))
                    .map(LeaderboardEntry::points)
                    .contains(10);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN two bot processes WHEN 40 members answer two quizzes at once, each answer pressed in both processes THEN every answer is recorded once, each quiz gives its three first places once, and the totals and per-points counts add up")
    void groupsRacingAcrossProcesses(Dialect dialect) throws Exception {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock();
        try (Database one = Database.open(url, TestDatabases.options(clock));
                Database two = Database.open(url, TestDatabases.options(clock))) {
            Fixtures fixtures = new Fixtures(one);
            Fixtures.World first = fixtures.world();
            Fixtures.World second = new Fixtures.World(
                    first.team(),
                    first.channel(),
                    fixtures.openQuiz(first.channel().id(), Fixtures.DAY.plusDays(1)));
            long[] members = new long[40];
            for (int i = 0; i < members.length; i++) {
                members[i] = fixtures.user(first.team().id(), "member-" + i);
            }
            ScoreRepository[] processes = {new ScoreRepository(one), new ScoreRepository(two)};
            int answers = members.length * 2;

            // task i presses pair i / 2 (the quiz by its parity, the member by half of it) in process i % 2:
            // every (member, quiz) pair twice, once in each process
            List<ScoredAnswer> results = race(answers * 2, i -> () -> {
                int pair = i / 2;
                Fixtures.World world = pair % 2 == 0 ? first : second;
                long member = members[pair / 2];
                boolean right = pair / 2 % 3 != 0;
                Instant at = world.quiz().openedAt().plusSeconds(1 + pair / 2);
                return processes[i % 2].recordAnswer(LiveAnswerTest.live(world, member, right, at));
            });

            assertThat(results).filteredOn(ScoredAnswer::recorded).hasSize(answers);
            assertThat(results).filteredOn(r -> !r.recorded()).hasSize(answers);
            for (Fixtures.World world : List.of(first, second)) {
                assertThat(new AnswerRepository(two).answersOf(world.quiz().id()))
                        .extracting(Answer::userId)
                        .doesNotHaveDuplicates()
                        .hasSize(members.length);
                assertThat(new AnswerRepository(two).answersOf(world.quiz().id()))
                        .extracting(Answer::points)
                        .filteredOn(points -> points > 10)
                        .containsExactlyInAnyOrder(13, 12, 11);
            }
            long team = first.team().id();
            List<String> mismatches = two.read(c -> Sql.list(
                    c,
                    "SELECT t.user_id FROM leaderboard_totals t WHERE t.team_id = ? AND t.period_kind = 'all'"
                            + " AND t.points <> (SELECT SUM(a.points) FROM answers a WHERE a.user_id = t.user_id)",
                    rs -> "member " + rs.getLong(1) + "'s total is not the sum of their answers",
                    team));
            assertThat(mismatches).isEmpty();
            List<String> counted = two.read(c -> Sql.list(
                    c,
                    "SELECT period_kind, period_key, points, members FROM leaderboard_points"
                            + " WHERE team_id = ? AND members <> 0 ORDER BY period_kind, period_key, points",
                    rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " x" + rs.getInt(4),
                    team));
            List<String> actual = two.read(c -> Sql.list(
                    c,
                    "SELECT period_kind, period_key, points, COUNT(*) FROM leaderboard_totals WHERE team_id = ?"
                            + " GROUP BY period_kind, period_key, points ORDER BY period_kind, period_key, points",
                    rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " x" + rs.getInt(4),
                    team));
            assertThat(counted).isNotEmpty().containsExactlyElementsOf(actual);
            assertThat(new QuestionStatsRepository(two).stats(team, "go-roadmap", "q-goroutines-1"))
                    .map(QuestionStats::answered)
                    .contains(answers);
        }
    }

    @Test
    @DisplayName(
            "GIVEN many members answering at once on SQLite WHEN their writes share commits THEN every answer is saved and each caller hears of its own")
    void groupCommitKeepsEveryAnswer() throws Exception {
        try (Database db = Database.open(TestDatabases.newSqliteUrl(), TestDatabases.options(new MutableClock()))) {
            Fixtures fixtures = new Fixtures(db);
            Fixtures.World world = fixtures.world();
            long[] users = new long[200];
            for (int i = 0; i < users.length; i++) {
                users[i] = fixtures.user(world.team().id(), "member-" + i);
            }
            ScoreRepository scores = new ScoreRepository(db);

            List<ScoredAnswer> results = race(
                    users.length,
                    i -> () -> scores.recordAnswer(ScoreRepositoryTest.write(world, users[i], i % 4, i % 4 == 2)));

            assertThat(results).allMatch(ScoredAnswer::recorded);
            assertThat(results).extracting(r -> r.result().answer().userId()).doesNotHaveDuplicates();
            assertThat(new AnswerRepository(db).answersOf(world.quiz().id())).hasSize(users.length);
        }
    }

    /** Starts {@code count} tasks at once and returns their results. */
    static <T> List<T> race(int count, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 32));
        try {
            CyclicBarrier start = new CyclicBarrier(Math.min(count, 32));
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = task.apply(i);
                boolean waits = i < Math.min(count, 32);
                futures.add(pool.submit(() -> {
                    if (waits) {
                        start.await(10, TimeUnit.SECONDS);
                    }
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
