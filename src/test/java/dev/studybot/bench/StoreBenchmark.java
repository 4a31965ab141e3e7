package dev.studybot.bench;

import dev.studybot.slack.SlackAdapter;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.NewAnswer;
import dev.studybot.store.Platform;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.RecordResult;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.ScoredAnswer;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Answers recorded per second, each path beside a ceiling that writes the same rows with raw batched
 * JDBC (1,000 answers per commit) in the same run. Prints a markdown table.
 *
 * <p>The bot's path is {@link ScoreRepository#recordAnswer}: the answer, its score events, the
 * week, month and all-time totals (whose triggers keep the per-points counts), the streak, the
 * question's statistics and the review state, in one transaction, as {@link FullAnswers} describes.
 * {@code QuizAnswers} calls {@link ScoreRepository#recordAnswer(AnswerWrite, Duration)} from the
 * adapter's worker threads ({@link SlackAdapter#WORKERS}, as many on Discord), each blocked until its
 * answer is committed. The bare rows ({@code -Dbare=false} leaves them out)
 * insert into {@code answers} alone through {@link AnswerRepository}, which no production code calls:
 * they show the cost of committing, not of recording an answer.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.studybot.bench.StoreBenchmark} (add {@code -Dexec.args=--postgres} for
 * PostgreSQL too).
 */
public final class StoreBenchmark {
    private static final int ROUNDS = Integer.getInteger("rounds", 7);
    private static final int ANSWERS_PER_ROUND = Integer.getInteger("answers", 20_000);
    /** PostgreSQL records a full answer some hundred times a second: fewer per round keep the run in minutes. */
    private static final int PG_FULL_ANSWERS_PER_ROUND = Integer.getInteger("pgAnswers", 4_000);

    private static final int RAW_BATCH = Integer.getInteger("rawBatch", 1_000);
    private static final int CALLERS = Integer.getInteger("callers", 16);
    /** What QuizAnswers gets: one blocked caller per worker of the chat adapters. */
    private static final int WORKERS = Integer.getInteger("workers", SlackAdapter.WORKERS);

    private static final int WINDOW = Integer.getInteger("window", 256);
    private static final boolean BARE = Boolean.parseBoolean(System.getProperty("bare", "true"));
    private static final int USERS = 2_000;
    /** Answers per round over all paths of a group, as multiples of ANSWERS_PER_ROUND, with room to spare. */
    private static final int SHARES = 5;

    private final Database db;
    private final String rawUrl;
    private final long[] quizzes;
    private final long[] users;
    private final FullAnswers full;
    private final int fullAnswersPerRound;
    private int nextPair;

    private StoreBenchmark(Database db, String rawUrl, int fullAnswersPerRound) throws SQLException {
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
        this.fullAnswersPerRound = fullAnswersPerRound;
        this.full = new FullAnswers(
                db, team.id(), channel.id(), users, (ROUNDS + 2) * fullAnswersPerRound * SHARES / USERS + 1);
        int quizCount = (ROUNDS + 2) * ANSWERS_PER_ROUND * SHARES / USERS + 1;
        QuizRepository quizRepository = new QuizRepository(db);
        this.quizzes = new long[BARE ? quizCount : 0];
        for (int i = 0; i < quizzes.length; i++) {
            quizzes[i] = quizRepository
                    .createExtra(
                            channel.id(),
                            LocalDate.of(2026, 1, 1),
                            new QuestionPick("go-roadmap", "bare" + i, "t", List.of(0, 1, 2, 3)),
                            "bench",
                            Instant.EPOCH,
                            Duration.ofDays(1))
                    .id();
        }
    }

    /** A fresh (quiz, user) pair for the bare rows: no measured insert ever conflicts. */
    private synchronized long[] nextPair() {
        int pair = nextPair++;
        return new long[] {quizzes[pair / USERS], users[pair % USERS]};
    }

    /** Per-round figures of every path, printed after the table. */
    private static final List<String> rounds = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean postgres = Arrays.asList(args).contains("--postgres");
        System.out.printf(
                "Machine: %s, %d cores, Java %s, load average %.2f at start; %d rounds of %d answers (full answers"
                        + " on PostgreSQL: %d); %d blocked callers or %d in flight%n%n",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                ROUNDS,
                ANSWERS_PER_ROUND,
                PG_FULL_ANSWERS_PER_ROUND,
                CALLERS,
                WINDOW);
        System.out.println(
                "| database | path | answers/s (median of rounds) | call latency median | p99 | ratio to ceiling (median of per-round ratios) |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
        Path folder = Files.createTempDirectory("studybot-bench");
        String sqliteUrl = "jdbc:sqlite:" + folder.resolve("bench.db");
        try (Database db = Database.open(sqliteUrl)) {
            // the raw path gets the bot's durability and checks: WAL, synchronous=NORMAL, foreign keys
            new StoreBenchmark(
                            db, sqliteUrl + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true", ANSWERS_PER_ROUND)
                    .run("SQLite (WAL, synchronous=NORMAL)");
        }
        if (postgres) {
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start()) {
                String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres";
                try (Database db = Database.open(url)) {
                    new StoreBenchmark(db, url, PG_FULL_ANSWERS_PER_ROUND)
                            .run("PostgreSQL 14 (fsync=on, synchronous_commit=on)");
                }
            }
        }
        System.out.printf("%nRound by round:%n");
        rounds.forEach(line -> System.out.println("- " + line));
        System.out.printf(
                "%nLoad average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void run(String label) throws Exception {
        ScoreRepository scores = new ScoreRepository(db);
        AnswerRepository answers = new AnswerRepository(db);
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(
                "full answer: raw batched JDBC, same rows, " + RAW_BATCH + " answers per commit (ceiling)",
                fullAnswersPerRound,
                this::rawFull,
                List.of(
                        new Way(
                                "full answer: ScoreRepository.recordAnswer(write, 30 s), " + WORKERS
                                        + " blocked callers (QuizAnswers on the adapters' workers)",
                                1,
                                n -> blocking(n, WORKERS, () -> scores.recordAnswer(
                                                full.write(full.next()), Duration.ofSeconds(30))
                                        .recorded())),
                        new Way(
                                "full answer: ScoreRepository.recordAnswer(write, 30 s), " + CALLERS
                                        + " blocked callers (the workers the adapters had before)",
                                1,
                                n -> blocking(n, CALLERS, () -> scores.recordAnswer(
                                                full.write(full.next()), Duration.ofSeconds(30))
                                        .recorded())),
                        new Way(
                                "full answer: ScoreRepository.recordAnswer, 1 caller",
                                4,
                                n -> blocking(n, 1, () -> scores.recordAnswer(full.write(full.next()))
                                        .recorded())),
                        new Way(
                                "full answer: ScoreRepository.recordAnswerAsync, " + WINDOW
                                        + " in flight (no caller does this today)",
                                1,
                                n -> async(n, WINDOW, () -> scores.recordAnswerAsync(full.write(full.next()))
                                        .thenApply(ScoredAnswer::recorded))))));
        if (BARE) {
            groups.add(new Group(
                    "bare insert: raw batched INSERT into answers, " + RAW_BATCH + " rows per commit (ceiling)",
                    ANSWERS_PER_ROUND,
                    this::rawBare,
                    List.of(
                            new Way(
                                    "bare insert: AnswerRepository.recordAsync, " + WINDOW + " in flight",
                                    1,
                                    n -> async(n, WINDOW, () -> answers.recordAsync(bareAnswer())
                                            .thenApply(RecordResult.Recorded.class::isInstance))),
                            new Way(
                                    "bare insert: AnswerRepository.record, " + CALLERS + " blocked callers",
                                    1,
                                    n -> blocking(
                                            n,
                                            CALLERS,
                                            () -> answers.record(bareAnswer()) instanceof RecordResult.Recorded)),
                            new Way(
                                    "bare insert: AnswerRepository.record, 1 caller",
                                    4,
                                    n -> blocking(
                                            n,
                                            1,
                                            () -> answers.record(bareAnswer()) instanceof RecordResult.Recorded)))));
        }
        // JIT and page cache: two unmeasured rounds of every path, at half the size
        for (int i = 0; i < 2; i++) {
            for (Group group : groups) {
                group.ceiling.measure(group.answers / 2);
                for (Way way : group.ways) {
                    way.measure.measure(group.answers / 2 / way.divisor);
                }
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Group group : groups) {
                // each round measures every path right after its ceiling, so ratios compare like with like
                settle();
                double ceiling = group.ceiling.measure(group.answers).rate();
                group.rates.add(ceiling);
                for (Way way : group.ways) {
                    settle();
                    Result result = way.measure.measure(group.answers / way.divisor);
                    way.rates.add(result.rate());
                    way.ratios.add(result.rate() / ceiling);
                    way.latencies.addAll(result.latencies());
                }
            }
        }
        for (Group group : groups) {
            row(label, group.name, median(group.rates), null, 1.0);
            for (Way way : group.ways) {
                row(label, way.name, median(way.rates), way.latencies, median(way.ratios));
            }
        } // the ratio drifts as the database grows over the run: show it, round by round
        for (Group group : groups) {
            for (Way way : group.ways) {
                rounds.add(String.format(
                        Locale.ROOT,
                        "%s, %s: ceiling %s answers/s; ratio %s",
                        label,
                        way.name,
                        group.rates.stream()
                                .map(r -> String.format(Locale.ROOT, "%,.0f", r))
                                .toList(),
                        way.ratios.stream()
                                .map(r -> String.format(Locale.ROOT, "%.2f", r))
                                .toList()));
            }
        }
    }

    private NewAnswer bareAnswer() {
        long[] pair = nextPair();
        int option = (int) (pair[1] % 4);
        return new NewAnswer(pair[0], pair[1], option, option == 2, Instant.ofEpochMilli(pair[1]), 10);
    }

    /** Records {@code count} answers one way and says how fast, with each call's latency. */
    @FunctionalInterface
    private interface Measure {
        Result measure(int count) throws Exception;
    }

    /** A ceiling and the ways measured against it, each round, with the answers each records per round. */
    private record Group(String name, int answers, Measure ceiling, List<Way> ways, List<Double> rates) {
        Group(String name, int answers, Measure ceiling, List<Way> ways) {
            this(name, answers, ceiling, ways, new ArrayList<>());
        }
    }

    /** One way of recording answers ({@code divisor}: it records that much fewer), and what its rounds measured. */
    private record Way(
            String name, int divisor, Measure measure, List<Double> rates, List<Double> ratios, List<Long> latencies) {
        Way(String name, int divisor, Measure measure) {
            this(name, divisor, measure, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
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

    /** A connection for a raw path: the bot's writer settings, autocommit off. */
    private Connection rawConnection() throws SQLException {
        Connection c = DriverManager.getConnection(rawUrl);
        if (rawUrl.startsWith("jdbc:sqlite:")) {
            try (Statement s = c.createStatement()) {
                // as on the bot's writer: checkpoints run in the background, not in commits
                s.execute("PRAGMA wal_autocheckpoint=0");
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Inserts {@code count} bare answers in batches of {@link #RAW_BATCH}, one transaction per batch. */
    private Result rawBare(int count) throws SQLException {
        try (Connection c = rawConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO answers (quiz_id, user_id, option, correct, answered_at, points) VALUES (?, ?, ?, ?, ?, ?)")) {
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
            return new Result(count / ((System.nanoTime() - start) / 1e9), List.of());
        }
    }

    /** Writes {@code count} full answers' rows in batches of {@link #RAW_BATCH} answers, one transaction each. */
    private Result rawFull(int count) throws SQLException {
        try (Connection c = rawConnection();
                FullAnswers.RawWriter writer = full.new RawWriter(c)) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                writer.add(full.next());
                if ((i + 1) % RAW_BATCH == 0 || i == count - 1) {
                    writer.flush();
                    c.commit();
                }
            }
            return new Result(count / ((System.nanoTime() - start) / 1e9), List.of());
        }
    }

    private record Result(double rate, List<Long> latencies) {}

    /** One recorded answer, blocking until it is committed; false if it was not recorded. */
    @FunctionalInterface
    private interface Call {
        boolean record() throws Exception;
    }

    /** Records {@code count} answers from {@code callers} threads, each blocked until its answer is committed. */
    private static Result blocking(int count, int callers, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicInteger left = new AtomicInteger(count);
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[count];
                int n = 0;
                while (left.getAndDecrement() > 0) {
                    long begin = System.nanoTime();
                    boolean recorded = call.record();
                    latencies[n++] = System.nanoTime() - begin;
                    if (!recorded) {
                        throw new IllegalStateException("an answer was not recorded");
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
     * Records {@code count} answers from one thread, with at most {@code window} waiting for their
     * commit: how a chat adapter could acknowledge each member from the future once the answer is
     * committed, without a blocked thread per member.
     */
    private static Result async(int count, int window, Supplier<CompletableFuture<Boolean>> call) throws Exception {
        Semaphore inFlight = new Semaphore(window);
        long[] latencies = new long[count];
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            int n = i;
            long begin = System.nanoTime();
            call.get().whenComplete((recorded, error) -> {
                latencies[n] = System.nanoTime() - begin;
                if (error != null || !recorded) {
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
