package dev.studybot.bench;

import dev.studybot.store.AnswerRepository;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.NewAnswer;
import dev.studybot.store.Platform;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.RecordResult;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers recorded per second through {@link AnswerRepository#record} (one transaction per answer
 * as far as the caller can tell, with the durability the bot promises) beside a raw batched JDBC
 * insert into the same table in the same run: the ceiling. Prints a markdown table.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.studybot.bench.StoreBenchmark} (add {@code -Dexec.args=--postgres} for
 * PostgreSQL too).
 */
public final class StoreBenchmark {
    private static final int ROUNDS = 7;
    private static final int ANSWERS_PER_ROUND = 20_000;
    private static final int RAW_BATCH = 1_000;
    private static final int CALLERS = Integer.getInteger("callers", 16);
    private static final int WINDOW = Integer.getInteger("window", 256);
    private static final int USERS = 2_000;

    private final Database db;
    private final String rawUrl;
    private final long[] quizzes;
    private final long[] users;
    private int nextPair;

    private StoreBenchmark(Database db, String rawUrl, int pairsNeeded) throws SQLException {
        this.db = db;
        this.rawUrl = rawUrl;
        TeamRepository teams = new TeamRepository(db);
        Team team = teams.upsertTeam(Platform.CONSOLE, "bench", "Bench");
        ChannelSettings channel = teams.upsertChannel(team.id(), "bench", "bench");
        this.users = db.inTransaction(c -> {
            long[] ids = new long[USERS];
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (team_id, external_id, display_name, created_at) VALUES (?, ?, ?, 0) RETURNING id")) {
                for (int i = 0; i < USERS; i++) {
                    insert.setLong(1, team.id());
                    insert.setString(2, "u" + i);
                    insert.setString(3, "member " + i);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                }
            }
            return ids;
        });
        QuizRepository quizRepository = new QuizRepository(db);
        int quizCount = pairsNeeded / USERS + 1;
        this.quizzes = new long[quizCount];
        for (int i = 0; i < quizCount; i++) {
            quizzes[i] = quizRepository
                    .createExtra(
                            channel.id(),
                            LocalDate.of(2026, 1, 1),
                            new QuestionPick("go-roadmap", "q" + i, "t", List.of(0, 1, 2, 3)),
                            "bench",
                            Instant.EPOCH,
                            Duration.ofDays(1))
                    .id();
        }
    }

    /** A fresh (quiz, user) pair: no measured insert ever conflicts. */
    private synchronized long[] nextPair() {
        int pair = nextPair++;
        return new long[] {quizzes[pair / USERS], users[pair % USERS]};
    }

    public static void main(String[] args) throws Exception {
        boolean postgres = Arrays.asList(args).contains("--postgres");
        System.out.printf(
                "Machine: %s, %d cores, Java %s; %d rounds of %d answers; %d blocked callers or %d in flight%n%n",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                ROUNDS,
                ANSWERS_PER_ROUND,
                CALLERS,
                WINDOW);
        System.out.println(
                "| database | path | answers/s (median of rounds) | call latency median | p99 | ratio to ceiling (median of per-round ratios) |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
        Path folder = Files.createTempDirectory("studybot-bench");
        String sqliteUrl = "jdbc:sqlite:" + folder.resolve("bench.db");
        try (Database db = Database.open(sqliteUrl)) {
            // the raw path gets the same durability: WAL and synchronous=NORMAL on its connection
            new StoreBenchmark(db, sqliteUrl + "?journal_mode=WAL&synchronous=NORMAL", pairsNeeded())
                    .run("SQLite (WAL, synchronous=NORMAL)");
        }
        if (postgres) {
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start()) {
                String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres";
                try (Database db = Database.open(url)) {
                    new StoreBenchmark(db, url, pairsNeeded()).run("PostgreSQL 14 (fsync=on, synchronous_commit=on)");
                }
            }
        }
    }

    private static int pairsNeeded() {
        return (ROUNDS + 2) * ANSWERS_PER_ROUND * 4 + 1;
    }

    private void run(String label) throws Exception {
        // JIT and page cache: two unmeasured rounds of every path
        for (int i = 0; i < 2; i++) {
            raw(ANSWERS_PER_ROUND / 2);
            repositoryAsync(ANSWERS_PER_ROUND / 2, WINDOW);
            repository(ANSWERS_PER_ROUND / 2, CALLERS);
            repository(ANSWERS_PER_ROUND / 8, 1);
        }
        List<Way> paths = List.of(
                new Way(
                        "AnswerRepository.recordAsync, " + WINDOW + " in flight",
                        () -> repositoryAsync(ANSWERS_PER_ROUND, WINDOW)),
                new Way(
                        "AnswerRepository.record, " + CALLERS + " blocked callers",
                        () -> repository(ANSWERS_PER_ROUND, CALLERS)),
                new Way("AnswerRepository.record, 1 caller", () -> repository(ANSWERS_PER_ROUND / 4, 1)));
        List<Double> rawRates = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // each round measures every path right after the ceiling, so ratios compare like with like
            settle();
            double ceiling = raw(ANSWERS_PER_ROUND);
            rawRates.add(ceiling);
            for (Way path : paths) {
                settle();
                Result result = path.measure.call();
                path.rates.add(result.rate());
                path.ratios.add(result.rate() / ceiling);
                path.latencies.addAll(result.latencies());
            }
        }
        row(label, "raw batched INSERT, " + RAW_BATCH + " rows per commit (ceiling)", median(rawRates), null, 1.0);
        for (Way path : paths) {
            row(label, path.name, median(path.rates), path.latencies, median(path.ratios));
        }
    }

    /** One way of recording answers, and what its rounds measured. */
    private record Way(
            String name, Callable<Result> measure, List<Double> rates, List<Double> ratios, List<Long> latencies) {
        Way(String name, Callable<Result> measure) {
            this(name, measure, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private static void row(String label, String path, double rate, List<Long> latencies, double ratio) {
        String median = "-";
        String p99 = "-";
        if (latencies != null) {
            long[] sorted =
                    latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            median = micros(sorted[sorted.length / 2]);
            p99 = micros(sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]);
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | %s | %s | %.2f |%n", label, path, rate, median, p99, ratio);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.0f µs", nanos / 1_000.0);
    }

    /** Empties SQLite's write-ahead log, so each phase starts alike and pays for its own log. */
    private void settle() throws SQLException {
        if (rawUrl.startsWith("jdbc:sqlite:")) {
            try (Connection c = DriverManager.getConnection(rawUrl);
                    Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    /** Inserts {@code count} answers in batches of {@link #RAW_BATCH}, one transaction per batch. */
    private double raw(int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(rawUrl);
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO answers (quiz_id, user_id, option, correct, answered_at, points) VALUES (?, ?, ?, ?, ?, ?)")) {
            if (rawUrl.startsWith("jdbc:sqlite:")) {
                try (Statement s = c.createStatement()) {
                    // as on the bot's writer: checkpoints run in the background, not in commits
                    s.execute("PRAGMA wal_autocheckpoint=0");
                }
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long[] pair = nextPair();
                insert.setLong(1, pair[0]);
                insert.setLong(2, pair[1]);
                insert.setInt(3, i % 4);
                insert.setInt(4, i % 4 == 2 ? 1 : 0);
                insert.setLong(5, i);
                insert.setInt(6, 10);
                insert.addBatch();
                if ((i + 1) % RAW_BATCH == 0 || i == count - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    private record Result(double rate, List<Long> latencies) {}

    /** Records {@code count} answers through the repository from {@code callers} threads. */
    private Result repository(int count, int callers) throws Exception {
        AnswerRepository answers = new AnswerRepository(db);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicInteger left = new AtomicInteger(count);
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[count];
                int n = 0;
                while (left.getAndDecrement() > 0) {
                    long[] pair = nextPair();
                    long begin = System.nanoTime();
                    RecordResult result = answers.record(
                            new NewAnswer(pair[0], pair[1], n % 4, n % 4 == 2, Instant.ofEpochMilli(n), 10));
                    latencies[n++] = System.nanoTime() - begin;
                    if (!(result instanceof RecordResult.Recorded)) {
                        throw new IllegalStateException("unexpected " + result);
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>(count);
        for (Future<long[]> future : futures) {
            for (long latency : future.get()) {
                all.add(latency);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(count / seconds, all);
    }

    /**
     * Records {@code count} answers through {@link AnswerRepository#recordAsync} from one thread,
     * with at most {@code window} waiting for their commit: how a chat adapter acknowledges each
     * member from the future once the answer is committed, without a blocked thread per member.
     */
    private Result repositoryAsync(int count, int window) throws Exception {
        AnswerRepository answers = new AnswerRepository(db);
        Semaphore inFlight = new Semaphore(window);
        long[] latencies = new long[count];
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            long[] pair = nextPair();
            int n = i;
            long begin = System.nanoTime();
            answers.recordAsync(new NewAnswer(pair[0], pair[1], n % 4, n % 4 == 2, Instant.ofEpochMilli(n), 10))
                    .whenComplete((result, error) -> {
                        latencies[n] = System.nanoTime() - begin;
                        if (error != null || !(result instanceof RecordResult.Recorded)) {
                            failures.incrementAndGet();
                        }
                        inFlight.release();
                    });
        }
        inFlight.acquire(window);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " answers were not recorded");
        }
        List<Long> all = new ArrayList<>(count);
        for (long latency : latencies) {
            all.add(latency);
        }
        return new Result(count / seconds, all);
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
