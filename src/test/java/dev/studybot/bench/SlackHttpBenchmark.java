package dev.studybot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.studybot.app.StudyBot;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.quiz.Question;
import dev.studybot.slack.SlackSettings;
import dev.studybot.slack.SlackTestBot;
import dev.studybot.slack.fake.FakeSlack;
import dev.studybot.slack.fake.SlackPayloads;
import dev.studybot.slack.fake.SlackSigner;
import dev.studybot.store.Answer;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.Platform;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode under a burst of quiz answers: 2,000 signed {@code block_actions} clicks from 200
 * concurrent clients against the real adapter (Bolt, signature check, acks) on loopback and the real
 * {@code /quiz} answer path behind it (the bot's own router, each answer with its points, totals,
 * streak, statistics and review state written to SQLite in one transaction), with a fake Slack for
 * {@code auth.test}, {@code users.info} and the {@code response_url} answers. It reports the ack
 * latency (median, p99), the throughput, and whether every acknowledged click was stored exactly once
 * (rows in {@code answers}) and answered. Not a test: run it with
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.studybot.bench.SlackHttpBenchmark [-Dbench.rounds=3]
 * </pre>
 */
public final class SlackHttpBenchmark {
    static final int CLIENTS = 200;
    static final int CLICKS_PER_CLIENT = 10;
    static final int WARMUP_CLICKS_PER_CLIENT = 10;
    static final double P99_BUDGET_MS = 250;

    /** The open quizzes of one burst in {@code C0QUIZ}: each member clicks each of them once. */
    record Quizzes(List<Long> ids) {
        /** Opens {@code count} quizzes in the workspace's quiz channel, as the scheduler would have posted them. */
        static Quizzes open(StudyBot services, int count) {
            Database db = services.database();
            Team team = new TeamRepository(db).upsertTeam(Platform.SLACK, FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN);
            ChannelSettings channel = new TeamRepository(db).upsertChannel(team.id(), "C0QUIZ", "quiz");
            QuizRepository quizzes = new QuizRepository(db);
            List<Question> questions = services.questions().pool().curated();
            Instant now = services.clock().instant();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Question q = questions.get(NEXT_QUESTION.getAndIncrement() % questions.size());
                Quiz quiz = quizzes.createExtra(
                        channel.id(),
                        LocalDate.now(ZoneOffset.UTC),
                        new QuestionPick(q.roadmapId(), q.id(), q.topicId(), List.of(2, 0, 3, 1)),
                        "benchmark",
                        now,
                        Duration.ofMinutes(5));
                quizzes.markPosted(quiz.id(), "benchmark", "1700000000.0000" + i, now, now.plus(Duration.ofHours(8)));
                ids.add(quiz.id());
            }
            return new Quizzes(ids);
        }

        /** The stored answers of these quizzes, as {@code quizId/memberId}: duplicates would show twice. */
        List<String> stored(StudyBot services) {
            AnswerRepository answers = new AnswerRepository(services.database());
            TeamRepository teams = new TeamRepository(services.database());
            List<String> keys = new ArrayList<>();
            Map<Long, String> members = new ConcurrentHashMap<>();
            for (long quiz : ids) {
                for (Answer answer : answers.answersOf(quiz)) {
                    String member = members.computeIfAbsent(
                            answer.userId(),
                            id -> teams.findUser(id).orElseThrow().externalId());
                    keys.add(quiz + "/" + member);
                }
            }
            return keys;
        }
    }

    private static final AtomicInteger NEXT_QUESTION = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path folder = Files.createTempDirectory("studybot-bench");
        String url = "jdbc:sqlite:" + folder.resolve("studybot.db");
        try (FakeSlack slack = FakeSlack.start();
                StudyBot services = new StudyBot(
                        dev.studybot.TestConfigs.isolated(Map.of("STUDYBOT_DB_URL", url)), Clock.systemUTC())) {
            for (int c = 0; c < CLIENTS; c++) {
                slack.addMember(member(c), "member" + c, false, c % 2 == 0 ? "zh-CN" : "en-US");
            }
            System.out.println("storage: " + url + " (the bot's real /quiz answer path)");
            try (SlackTestBot bot =
                    SlackTestBot.start(slack, SlackSettings.Mode.HTTP, services.router(), services.gateways())) {
                int port = bot.adapter().httpPort();
                Quizzes warmupQuizzes = Quizzes.open(services, WARMUP_CLICKS_PER_CLIENT);
                Run warmup = burst(port, slack, services.codec(), warmupQuizzes, WARMUP_CLICKS_PER_CLIENT);
                awaitStored(services, warmupQuizzes, warmup.acked(), Duration.ofSeconds(120));
                awaitAnswers(slack, warmup.acked(), Duration.ofSeconds(60));
                slack.clear();

                int rounds = Integer.getInteger("bench.rounds", 1);
                boolean pass = true;
                for (int round = 1; round <= rounds; round++) {
                    Quizzes quizzes = Quizzes.open(services, CLICKS_PER_CLIENT);
                    slack.clear();
                    String load = loadAverage();
                    long cpuBefore = processCpuNanos();
                    Run run = burst(port, slack, services.codec(), quizzes, CLICKS_PER_CLIENT);
                    long burstEnd = System.nanoTime();
                    boolean delivered = awaitStored(services, quizzes, run.acked(), Duration.ofSeconds(120));
                    double storedAfter = (System.nanoTime() - burstEnd) / 1e6;
                    long cpu = processCpuNanos() - cpuBefore;
                    // the private "recorded" answers follow the router call; wait for them too
                    awaitAnswers(slack, run.acked(), Duration.ofSeconds(60));
                    System.out.printf(Locale.ROOT, "%nround %d of %d (load average before: %s)%n", round, rounds, load);
                    System.out.printf(
                            Locale.ROOT,
                            "process CPU: %.2f ms per click (bot, clients and fake Slack together, until all delivered)%n",
                            cpu / 1e6 / CLIENTS / CLICKS_PER_CLIENT);
                    pass &= report(run, quizzes.stored(services), delivered, slack);
                    System.out.printf(
                            Locale.ROOT,
                            "every answer stored %.0f ms after the last ack (polled every 100 ms)%n",
                            storedAfter);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%nmachine: %s; %d cpus; %s %s; Java %s (%s)%n",
                        cpuModel(),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("os.name"),
                        System.getProperty("os.arch"),
                        System.getProperty("java.version"),
                        System.getProperty("java.vm.name"));
                System.out.println(
                        pass
                                ? "PASS: p99 under " + (int) P99_BUDGET_MS + " ms, every acked answer stored once"
                                : "FAIL");
            }
        }
        System.exit(0);
    }

    /** One burst: every client clicks once per quiz, all clients at once. */
    record Run(long[] nanos, int acked, int failed, long wallNanos, Set<String> ackedKeys) {}

    private static Run burst(int port, FakeSlack slack, ComponentCodec codec, Quizzes quizzes, int clicks)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        long[] nanos = new long[CLIENTS * clicks];
        AtomicInteger failed = new AtomicInteger();
        Set<String> ackedKeys = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                RawHttpClient http = new RawHttpClient("127.0.0.1", port);
                go.await();
                SlackPayloads.Where where = new SlackPayloads.Where(
                        FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN, "C0QUIZ", "quiz", member(client), "member" + client);
                for (int k = 0; k < clicks; k++) {
                    String quiz = Long.toString(quizzes.ids().get(k));
                    int option = (client + k) % 4;
                    String actionId = codec.encode("quiz", "answer", quiz, String.valueOf(option));
                    String body = "payload="
                            + URLEncoder.encode(
                                    SlackPayloads.buttonClick(
                                                    where,
                                                    "1700000000.00010" + k,
                                                    false,
                                                    actionId,
                                                    "ABCD".charAt(option) + ".",
                                                    slack.newResponseUrl())
                                            .toString(),
                                    StandardCharsets.UTF_8);
                    long now = System.currentTimeMillis() / 1000;
                    String signature = SlackSigner.sign(FakeSlack.SIGNING_SECRET, now, body);
                    long sent = System.nanoTime();
                    int status = http.post(
                            "/slack/events",
                            body,
                            "X-Slack-Request-Timestamp",
                            String.valueOf(now),
                            "X-Slack-Signature",
                            signature);
                    nanos[client * clicks + k] = System.nanoTime() - sent;
                    if (status == 200) {
                        ackedKeys.add(quiz + "/" + member(client));
                    } else {
                        failed.incrementAndGet();
                    }
                }
                http.close();
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        long wall = System.nanoTime() - start;
        clients.shutdown();
        return new Run(nanos, ackedKeys.size(), failed.get(), wall, ackedKeys);
    }

    private static void awaitAnswers(FakeSlack slack, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (slack.responses().size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Waits until the answers table holds as many answers to the burst's quizzes as were acked. */
    private static boolean awaitStored(StudyBot services, Quizzes quizzes, int expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (quizzes.stored(services).size() < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static boolean report(Run run, List<String> stored, boolean delivered, FakeSlack slack) {
        long[] sorted = run.nanos().clone();
        Arrays.sort(sorted);
        double median = ms(percentile(sorted, 50));
        double p90 = ms(percentile(sorted, 90));
        double p99 = ms(percentile(sorted, 99));
        double max = ms(sorted[sorted.length - 1]);
        double seconds = run.wallNanos() / 1e9;
        Set<String> distinct = new HashSet<>(stored);
        long duplicates = stored.size() - distinct.size();
        long missing =
                run.ackedKeys().stream().filter(k -> !distinct.contains(k)).count();
        long extra = distinct.stream().filter(k -> !run.ackedKeys().contains(k)).count();
        System.out.printf(
                Locale.ROOT,
                "clicks: %d from %d concurrent clients, acked %d, failed %d%n",
                sorted.length,
                CLIENTS,
                run.acked(),
                run.failed());
        System.out.printf(
                Locale.ROOT, "ack latency ms: median %.1f, p90 %.1f, p99 %.1f, max %.1f%n", median, p90, p99, max);
        System.out.printf(Locale.ROOT, "throughput: %.0f clicks/s (%.2f s wall)%n", sorted.length / seconds, seconds);
        System.out.printf(
                Locale.ROOT,
                "rows in answers: %d for %d acked clicks (all within timeout: %s), duplicates %d, missing %d,"
                        + " unacked-but-stored %d%n",
                stored.size(),
                run.acked(),
                delivered,
                duplicates,
                missing,
                extra);
        System.out.printf(
                Locale.ROOT,
                "answers posted to response_url: %d%n",
                slack.responses().size());
        return run.failed() == 0 && delivered && duplicates == 0 && missing == 0 && extra == 0 && p99 < P99_BUDGET_MS;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The machine's load average, as other processes share its cores. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String member(int client) {
        return String.format(Locale.ROOT, "U%05d", client);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }
}
