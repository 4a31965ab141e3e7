package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetryTest {
    /** Short lock waits: three attempts of 100 ms plus backoff give up after about half a second. */
    private static final DatabaseOptions SHORT = DatabaseOptions.defaults()
            .withClock(new MutableClock())
            .withRetry(Duration.ofMillis(100), 3, Duration.ofMillis(50));

    private final ExecutorService locker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        locker.shutdownNow();
    }

    @Test
    @DisplayName(
            "GIVEN another connection holds the SQLite write lock for 200 ms WHEN the bot writes THEN it waits, retries and succeeds")
    void briefLockIsRetried() throws Exception {
        String url = TestDatabases.newSqliteUrl();
        DatabaseOptions options = DatabaseOptions.defaults()
                .withClock(new MutableClock())
                .withRetry(Duration.ofMillis(50), 6, Duration.ofMillis(50));
        try (Database db = Database.open(url, options)) {
            Future<?> lock = holdWriteLock(url, Duration.ofMillis(200));
            SettingsRepository settings = new SettingsRepository(db);

            settings.put("greeting", "hello");

            assertThat(settings.get("greeting")).contains("hello");
            lock.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName(
            "GIVEN the SQLite write lock is held past the retry bound WHEN the bot writes THEN the user is told to try again and nothing is saved")
    void longLockGivesTryAgain() throws Exception {
        String url = TestDatabases.newSqliteUrl();
        try (Database db = Database.open(url, SHORT)) {
            Fixtures fixtures = new Fixtures(db);
            Fixtures.World world = fixtures.world();
            long user = fixtures.user(world.team().id(), "ada");
            Future<?> lock = holdWriteLock(url, Duration.ofSeconds(2));
            ScoreRepository scores = new ScoreRepository(db);

            assertThatThrownBy(() -> scores.recordAnswer(ScoreRepositoryTest.write(world, user, 1, true)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessage("The database is busy right now and nothing was saved; please try again in a moment.");

            lock.get(5, TimeUnit.SECONDS);
            assertThat(new AnswerRepository(db).answersOf(world.quiz().id())).isEmpty();
            assertThat(new DatabaseStats(db).rowCounts())
                    .containsEntry("answers", 0L)
                    .containsEntry("score_events", 0L)
                    .containsEntry("leaderboard_totals", 0L);
            // the posted quiz was counted as asked; the refused answer was not counted
            assertThat(new QuestionStatsRepository(db).stats(world.team().id(), "go-roadmap", "q-goroutines-1"))
                    .map(QuestionStats::answered)
                    .contains(0);
        }
    }

    @Test
    @DisplayName(
            "GIVEN a PostgreSQL connection that drops in the middle of a transaction WHEN the bot writes THEN it retries on a new connection and saves once")
    void droppedPostgresConnectionIsRetried() {
        try (Database db = Database.open(TestDatabases.newPostgresUrl(), SHORT)) {
            assertRetriedAfterOneDrop(db::inTransaction);
            assertThat(new DatabaseStats(db).rowCounts()).containsEntry("bot_settings", 2L);
        }
    }

    @Test
    @DisplayName(
            "GIVEN a PostgreSQL connection that drops on every attempt WHEN the bot writes THEN the user is told to try again and nothing half-written remains")
    void droppingPostgresGivesTryAgain() {
        try (Database db = Database.open(TestDatabases.newPostgresUrl(), SHORT)) {
            assertGivesUpAfterThreeDrops(db::inTransaction);
            assertThat(new DatabaseStats(db).rowCounts()).containsEntry("bot_settings", 0L);
        }
    }

    @Test
    @DisplayName(
            "GIVEN answers sharing a commit on PostgreSQL WHEN the connection drops once, or on every attempt THEN the first is retried and saved, the second tells the user to try again and leaves nothing")
    void droppingPostgresUnderASharedCommit() {
        try (Database db = Database.open(TestDatabases.newPostgresUrl(), SHORT)) {
            assertRetriedAfterOneDrop(db::inSharedCommit);
            assertGivesUpAfterThreeDrops(db::inSharedCommit);
            assertThat(new DatabaseStats(db).rowCounts()).containsEntry("bot_settings", 2L);
        }
    }

    @Test
    @DisplayName(
            "GIVEN writes recorded together on PostgreSQL WHEN the connection drops in the middle of the group, once or on every attempt THEN the group is retried and each saved once, or every caller is told to try again and nothing is saved")
    void droppingPostgresUnderAGroup() throws Exception {
        try (Database db = Database.open(TestDatabases.newPostgresUrl(), SHORT)) {
            AtomicInteger attempts = new AtomicInteger();
            List<CompletableFuture<Integer>> once = group(db, List.of("g1", "g2", "g3"), (c, keys) -> {
                insertAll(c, keys);
                if (attempts.incrementAndGet() == 1) {
                    dropConnection(c);
                }
                return keys.stream().map(key -> 1).toList();
            });
            assertThat(once).allSatisfy(saved -> assertThat(saved.get(10, TimeUnit.SECONDS))
                    .isEqualTo(1));
            assertThat(attempts).hasValue(2);

            List<CompletableFuture<Integer>> never = group(db, List.of("n1", "n2"), (c, keys) -> {
                insertAll(c, keys);
                dropConnection(c);
                return keys.stream().map(key -> 1).toList();
            });
            assertThat(never).allSatisfy(failed -> assertThatThrownBy(failed::join)
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(StoreUnavailableException.class));
            assertThat(new DatabaseStats(db).rowCounts()).containsEntry("bot_settings", 3L);
        }
    }

    /** Queues one write per key while the writer is held, so they run together through {@code batch}. */
    private static List<CompletableFuture<Integer>> group(
            Database db, List<String> keys, BatchWrite<String, Integer> batch) throws InterruptedException {
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        try (HeldWriter writer = HeldWriter.hold(db)) {
            for (String key : keys) {
                futures.add(db.inSharedCommitAsync(c -> insertAll(c, List.of(key)), batch, key));
            }
        }
        return futures;
    }

    private static int insertAll(Connection c, List<String> keys) throws SQLException {
        for (String key : keys) {
            Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES (?, 'x')", key);
        }
        return 1;
    }

    /** Runs, through {@code write}, a write whose connection drops once: it runs again and saves both rows. */
    private static void assertRetriedAfterOneDrop(Function<SqlFunction<Connection, Integer>, Integer> write) {
        AtomicInteger attempts = new AtomicInteger();
        int saved = write.apply(c -> {
            Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES ('a', '1')");
            if (attempts.incrementAndGet() == 1) {
                dropConnection(c);
            }
            return Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES ('b', '2')");
        });
        assertThat(saved).isEqualTo(1);
        assertThat(attempts).hasValue(2);
    }

    /**
     * Runs, through {@code write}, a write whose connection drops on every attempt: three attempts,
     * then the user's "try again" sentence.
     */
    private static void assertGivesUpAfterThreeDrops(Function<SqlFunction<Connection, Integer>, Integer> write) {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> write.apply(c -> {
                    attempts.incrementAndGet();
                    Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES ('x', '1')");
                    dropConnection(c);
                    return Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES ('y', '2')");
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage(StoreUnavailableException.SENTENCE);
        assertThat(attempts).hasValue(3);
    }

    /** Kills the server process behind {@code c}, as a network cut or server restart would. */
    private static void dropConnection(Connection c) throws SQLException {
        int pid = (int) Sql.count(c, "SELECT pg_backend_pid()");
        try (Connection admin = TestDatabases.postgres().getPostgresDatabase().getConnection()) {
            Sql.count(admin, "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(?)) t", pid);
        }
    }

    /** Holds SQLite's write lock from another connection for {@code duration}; returns once it is held. */
    private Future<?> holdWriteLock(String url, Duration duration) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Future<?> done = locker.submit(() -> {
            try (Connection other = DriverManager.getConnection(url);
                    Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                held.countDown();
                Thread.sleep(duration.toMillis());
                s.execute("ROLLBACK");
            }
            return null;
        });
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        return done;
    }
}
