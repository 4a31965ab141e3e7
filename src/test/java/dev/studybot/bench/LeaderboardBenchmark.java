package dev.studybot.bench;

import dev.studybot.chat.Caller;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.content.ContentLocator;
import dev.studybot.leaderboard.LeaderboardService;
import dev.studybot.leaderboard.Period;
import dev.studybot.leaderboard.Standings;
import dev.studybot.progress.Members;
import dev.studybot.progress.ProgressCommand;
import dev.studybot.progress.ProgressService;
import dev.studybot.render.Pictures;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.DatabaseOptions;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.Platform;
import dev.studybot.store.QuizSettings;
import dev.studybot.store.RevealMode;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TopicStatusRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The leaderboard and the progress picture on one team of 100,000 members who gave 1,000,000 quiz
 * answers over 100 daily quizzes (each member answered 10), with score events, running totals for
 * every week, month and all time (built by {@link ScoreRepository#rebuildTotals}, which also checks
 * them), a streak per member, and one member with marks and practice.
 *
 * <ul>
 *   <li>{@code standingsAll} / {@code standingsWeek}: what {@code /leaderboard} reads — top 10, the
 *       caller's rank, streaks — for callers spread over the whole board (most outside the top 10);
 *   <li>{@code groupByAllAnswers}: the naive board, a GROUP BY over all the team's answers for the
 *       top 10 alone (no caller rank), in the same run;
 *   <li>{@code progressPicture}: {@code /progress} as the router runs it: the caller's rows, the
 *       member's marks and answers, mastery, and the PNG card.
 * </ul>
 *
 * <p>Run (SQLite; add {@code -p dialect=postgresql} for an embedded PostgreSQL): see
 * docs/bench-leaderboard.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
public class LeaderboardBenchmark {
    static final int MEMBERS = 100_000;
    static final int QUIZZES = 100;
    static final int ANSWERS_PER_QUIZ = MEMBERS / 10;
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final ZoneId ZONE = ZoneOffset.UTC;
    private static final int CALLERS = 1024;

    @Param({"sqlite"})
    public String dialect;

    private EmbeddedPostgres postgres;
    private Path folder;
    private Database db;
    private Team team;
    private LeaderboardService leaderboard;
    private ProgressCommand progress;
    private CommandRequest progressRequest;
    private long[] callers;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String url;
        if (dialect.equals("postgresql")) {
            postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "off") // loading speed only; reads are what is measured
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
            }
            url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/bench?user=postgres";
        } else {
            folder = Files.createTempDirectory("studybot-bench-leaderboard");
            url = "jdbc:sqlite:" + folder.resolve("bench.db");
        }
        Clock clock = Clock.fixed(NOW, ZONE);
        db = Database.open(url, DatabaseOptions.defaults().withClock(clock));
        RoadmapLibrary library = RoadmapLibrary.load(ContentLocator.standard(Optional.empty()), "go-roadmap");
        Roadmap roadmap = library.defaultRoadmap();
        long started = System.nanoTime();
        Data data = Data.load(db, roadmap);
        System.out.printf(
                "%nloaded %,d members, %,d answers, %,d score events; rebuildTotals built %,d totals (%,d reported"
                        + " as differences from none) in %d s%n",
                data.members,
                data.answers,
                data.events,
                data.totals,
                data.differences,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        team = data.team;
        TeamRepository teams = new TeamRepository(db);
        leaderboard = new LeaderboardService(new ScoreRepository(db), teams, ZONE, clock);
        callers = new long[CALLERS];
        Random random = new Random(7);
        for (int i = 0; i < CALLERS; i++) {
            callers[i] = data.userIds[random.nextInt(MEMBERS)];
        }
        progress = new ProgressCommand(
                library,
                new Members(teams),
                new ProgressService(new TopicStatusRepository(db), new AnswerRepository(db), clock),
                new Pictures(),
                new Messages(List.of("i18n/core", "i18n/topic", "i18n/progress", "i18n/leaderboard")));
        progressRequest = new CommandRequest(
                new Caller(
                        dev.studybot.chat.Platform.DISCORD,
                        team.externalId(),
                        team.name(),
                        "quiz",
                        "u0",
                        "member-000000",
                        Messages.ZH,
                        false),
                "progress",
                null,
                Map.of());
        explain();
    }

    /** Prints the plans of the leaderboard's reads (top 10, and a rank's two parts), to show their indexes. */
    private void explain() {
        PeriodKey all = PeriodKey.allTime();
        String explain = dialect.equals("postgresql") ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        for (String sql : List.of(
                "SELECT t.user_id, u.display_name, t.points, t.correct, t.reached_at FROM leaderboard_totals t"
                        + " JOIN users u ON u.id = t.user_id"
                        + " WHERE t.team_id = ? AND t.period_kind = ? AND t.period_key = ?"
                        + " ORDER BY t.points DESC, t.reached_at ASC, t.user_id ASC LIMIT 10",
                "SELECT COALESCE(SUM(members), 0) FROM leaderboard_points"
                        + " WHERE team_id = ? AND period_kind = ? AND period_key = ? AND points > 40",
                "SELECT COUNT(*) FROM leaderboard_totals WHERE team_id = ? AND period_kind = ? AND period_key = ?"
                        + " AND points = 40 AND reached_at < 1764000000000")) {
            db.read(c -> {
                try (PreparedStatement s = c.prepareStatement(explain + sql)) {
                    s.setLong(1, team.id());
                    s.setString(2, all.kind().code());
                    s.setString(3, all.key());
                    try (ResultSet rs = s.executeQuery()) {
                        System.out.println(sql);
                        while (rs.next()) {
                            System.out.println(
                                    "  " + rs.getString(rs.getMetaData().getColumnCount()));
                        }
                    }
                }
                return null;
            });
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        if (postgres != null) {
            postgres.close();
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private long nextCaller() {
        return callers[next++ & (CALLERS - 1)];
    }

    @Benchmark
    public Standings standingsAll() {
        return leaderboard.standings(team.id(), nextCaller(), Period.ALL);
    }

    @Benchmark
    public Standings standingsWeek() {
        return leaderboard.standings(team.id(), nextCaller(), Period.WEEK);
    }

    @Benchmark
    public List<long[]> groupByAllAnswers() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT a.user_id, SUM(a.points) AS points, SUM(a.correct) AS correct, MAX(a.answered_at) AS reached"
                            + " FROM channels ch JOIN quizzes q ON q.channel_id = ch.id"
                            + " JOIN answers a ON a.quiz_id = q.id"
                            + " WHERE ch.team_id = ? GROUP BY a.user_id"
                            + " ORDER BY points DESC, reached ASC, a.user_id ASC LIMIT 10")) {
                s.setLong(1, team.id());
                List<long[]> rows = new ArrayList<>(10);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    }
                }
                return rows;
            }
        });
    }

    @Benchmark
    public Reply progressPicture() {
        return progress.execute(progressRequest);
    }

    /** Builds the team's data with batched inserts, then the totals through the repository. */
    static final class Data {
        Team team;
        long[] userIds;
        long members;
        long answers;
        long events;
        long totals;
        int differences;

        static Data load(Database db, Roadmap roadmap) {
            Data data = new Data();
            TeamRepository teams = new TeamRepository(db);
            // a small neighbour team: its rows sit in the same tables and must not show
            Team other = teams.upsertTeam(Platform.DISCORD, "neighbour", "Neighbours");
            teams.upsertUser(other.id(), "n1", "member-000000");
            data.team = teams.upsertTeam(Platform.DISCORD, "bench", "Bench");
            ChannelSettings channel = teams.upsertChannel(data.team.id(), "quiz", "quiz");
            teams.updateQuizSettings(
                    channel.id(),
                    new QuizSettings(
                            true,
                            LocalTime.of(9, 30),
                            ZONE,
                            EnumSet.allOf(DayOfWeek.class),
                            1,
                            4,
                            480,
                            RevealMode.CLOSE));
            List<String> topics = roadmap.topics().stream()
                    .filter(t -> t.parentId() != null)
                    .map(Topic::id)
                    .toList();
            long teamId = data.team.id();
            data.userIds = db.inTransaction(c -> insertUsers(c, teamId));
            data.members = MEMBERS;
            LocalDate today = LocalDate.ofInstant(NOW, ZONE);
            long[] quizIds = db.inTransaction(c -> insertQuizzes(c, channel.id(), today, topics));
            long[] counts = db.inTransaction(c -> insertAnswers(c, teamId, quizIds, today, data.userIds));
            data.answers = counts[0];
            data.events = counts[1];
            db.inTransaction(c -> insertStreaks(c, channel.id(), quizIds, data.userIds));
            db.inTransaction(c -> insertProgress(c, data.userIds[0], roadmap));
            ScoreRepository scores = new ScoreRepository(db);
            data.differences = scores.rebuildTotals(teamId, PeriodKey::of).size();
            data.totals = db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM leaderboard_totals")) {
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            if (dialectIsPostgres(db)) {
                db.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("ANALYZE");
                    }
                    return null;
                });
            }
            return data;
        }

        private static boolean dialectIsPostgres(Database db) {
            return db.dialect() == dev.studybot.store.Dialect.POSTGRESQL;
        }

        private static long[] insertUsers(Connection c, long teamId) throws SQLException {
            long[] ids = new long[MEMBERS];
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (team_id, external_id, display_name, created_at) VALUES (?, ?, ?, 0)")) {
                for (int i = 0; i < MEMBERS; i++) {
                    insert.setLong(1, teamId);
                    insert.setString(2, "u" + i);
                    insert.setString(3, String.format("member-%06d", i));
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT id, external_id FROM users WHERE team_id = ?")) {
                select.setLong(1, teamId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids[Integer.parseInt(rs.getString(2).substring(1))] = rs.getLong(1);
                    }
                }
            }
            return ids;
        }

        private static long[] insertQuizzes(Connection c, long channelId, LocalDate today, List<String> topics)
                throws SQLException {
            long[] ids = new long[QUIZZES];
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO quizzes (channel_id, kind, local_date, roadmap_id, question_id, topic_id,"
                            + " options_order, state, scheduled_at, opened_at, closes_at, closed_at)"
                            + " VALUES (?, 'daily', ?, 'go-roadmap', ?, ?, '0,1,2,3', 'closed', ?, ?, ?, ?)"
                            + " RETURNING id")) {
                for (int q = 0; q < QUIZZES; q++) {
                    LocalDate date = today.minusDays(QUIZZES - 1 - q);
                    long opened = date.atTime(9, 30).toInstant(ZoneOffset.UTC).toEpochMilli();
                    insert.setLong(1, channelId);
                    insert.setString(2, date.toString());
                    insert.setString(3, "q" + q);
                    insert.setString(4, topics.get((q * 37) % topics.size()));
                    insert.setLong(5, opened);
                    insert.setLong(6, opened);
                    insert.setLong(7, opened + Duration.ofHours(8).toMillis());
                    insert.setLong(8, opened + Duration.ofHours(8).toMillis());
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        ids[q] = rs.getLong(1);
                    }
                }
            }
            return ids;
        }

        /** Each member answers every tenth quiz; 60% right, right answers earn 10 plus 0..5. */
        private static long[] insertAnswers(Connection c, long teamId, long[] quizIds, LocalDate today, long[] users)
                throws SQLException {
            Random random = new Random(42);
            long answers = 0;
            long events = 0;
            try (PreparedStatement answer = c.prepareStatement(
                            "INSERT INTO answers (id, quiz_id, user_id, option, correct, answered_at, points)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement event = c.prepareStatement(
                            "INSERT INTO score_events (team_id, user_id, quiz_id, answer_id, points, reason,"
                                    + " local_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                long answerId = 1;
                for (int q = 0; q < QUIZZES; q++) {
                    LocalDate date = today.minusDays(QUIZZES - 1 - q);
                    long opened = date.atTime(9, 30).toInstant(ZoneOffset.UTC).toEpochMilli();
                    for (int k = 0; k < ANSWERS_PER_QUIZ; k++) {
                        int member = k * 10 + (q % 10);
                        boolean right = random.nextInt(10) < 6;
                        int bonus = right ? random.nextInt(6) : 0;
                        long at = opened
                                + random.nextInt((int) Duration.ofHours(8).toMillis());
                        answer.setLong(1, answerId);
                        answer.setLong(2, quizIds[q]);
                        answer.setLong(3, users[member]);
                        answer.setInt(4, right ? 0 : 1 + random.nextInt(3));
                        answer.setInt(5, right ? 1 : 0);
                        answer.setLong(6, at);
                        answer.setInt(7, right ? 10 + bonus : 0);
                        answer.addBatch();
                        answers++;
                        if (right) {
                            addEvent(event, teamId, users[member], quizIds[q], answerId, 10, "correct", date, at);
                            events++;
                            if (bonus > 0) {
                                addEvent(event, teamId, users[member], quizIds[q], answerId, bonus, "streak", date, at);
                                events++;
                            }
                        }
                        answerId++;
                        if (answers % 10_000 == 0) {
                            answer.executeBatch();
                            event.executeBatch();
                        }
                    }
                }
                answer.executeBatch();
                event.executeBatch();
            }
            return new long[] {answers, events};
        }

        private static void addEvent(
                PreparedStatement event,
                long teamId,
                long userId,
                long quizId,
                long answerId,
                int points,
                String reason,
                LocalDate date,
                long at)
                throws SQLException {
            event.setLong(1, teamId);
            event.setLong(2, userId);
            event.setLong(3, quizId);
            event.setLong(4, answerId);
            event.setInt(5, points);
            event.setString(6, reason);
            event.setString(7, date.toString());
            event.setLong(8, at);
            event.addBatch();
        }

        /** A streak per member, pointing at the last quiz they answered. */
        private static Void insertStreaks(Connection c, long channelId, long[] quizIds, long[] users)
                throws SQLException {
            Random random = new Random(3);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO streaks (user_id, channel_id, current, best, last_quiz_id, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, 0)")) {
                for (int m = 0; m < MEMBERS; m++) {
                    int current = random.nextInt(8);
                    int lastQuiz = QUIZZES - 10 + (m % 10);
                    insert.setLong(1, users[m]);
                    insert.setLong(2, channelId);
                    insert.setInt(3, current);
                    insert.setInt(4, current + random.nextInt(3));
                    insert.setLong(5, quizIds[lastQuiz]);
                    insert.addBatch();
                    if (m % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        }

        /** Member 0 has marked 40 topics and practised 200 questions. */
        private static Void insertProgress(Connection c, long userId, Roadmap roadmap) throws SQLException {
            List<Topic> topics = new ArrayList<>(roadmap.topics());
            Random random = new Random(11);
            String[] statuses = {"done", "learning", "skipped", "done"};
            try (PreparedStatement mark = c.prepareStatement(
                    "INSERT INTO topic_status (user_id, roadmap_id, topic_id, status, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 40; i++) {
                    mark.setLong(1, userId);
                    mark.setString(2, roadmap.id());
                    mark.setString(3, topics.get(i * 10).id());
                    mark.setString(4, statuses[i % statuses.length]);
                    mark.setLong(5, NOW.minus(Duration.ofDays(40 - i)).toEpochMilli());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            try (PreparedStatement practice = c.prepareStatement(
                    "INSERT INTO practice_attempts (user_id, roadmap_id, question_id, topic_id, correct, answered_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 200; i++) {
                    practice.setLong(1, userId);
                    practice.setString(2, roadmap.id());
                    practice.setString(3, "p" + i);
                    practice.setString(
                            4, topics.get(random.nextInt(topics.size())).id());
                    practice.setInt(5, random.nextInt(3) == 0 ? 0 : 1);
                    practice.setLong(6, NOW.minus(Duration.ofHours(i * 7L)).toEpochMilli());
                    practice.addBatch();
                }
                practice.executeBatch();
            }
            return null;
        }
    }
}
