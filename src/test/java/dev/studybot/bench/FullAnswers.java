package dev.studybot.bench;

import dev.studybot.store.AnswerWrite;
import dev.studybot.store.Database;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.PointsRule;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.ReviewState;
import dev.studybot.store.ScoreReason;
import dev.studybot.store.Streak;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quiz answers {@link StoreBenchmark} records through the bot's real path, and the same rows
 * written by raw batched JDBC (the ceiling). Every answer goes to an open quiz of its own question,
 * with the bot's default scoring (10 for a right answer, 3/2/1 for the first three right, 1 per
 * streak quiz beyond the first up to 5), a streak and a review state: what
 * {@code QuizAnswers} writes for a daily quiz. Three members in four answer right and always have,
 * so their streaks grow quiz after quiz.
 *
 * <p>The ceiling is told the values (points, streak, review state) instead of reading them, as a
 * bulk loader would be; the model below gives the values the real path computes from what it reads.
 */
final class FullAnswers {
    static final String ROADMAP = "go-roadmap";
    private static final int CORRECT = 10;
    private static final List<Integer> FIRST_BONUSES = List.of(3, 2, 1);
    private static final int STREAK_CAP = 5;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private final long teamId;
    private final long channelId;
    private final long[] quizIds;
    private final long[] userIds;
    private int next;

    /** One answer: the quiz (by its index here) and the member (by index). */
    record Pair(int quiz, int user) {}

    /** Creates {@code quizCount} open quizzes in the channel, one a day, each with its own question. */
    FullAnswers(Database db, long teamId, long channelId, long[] userIds, int quizCount) {
        this.teamId = teamId;
        this.channelId = channelId;
        this.userIds = userIds;
        this.quizIds = new long[quizCount];
        QuizRepository quizzes = new QuizRepository(db);
        for (int q = 0; q < quizCount; q++) {
            long id = quizzes.createExtra(
                            channelId,
                            day(q),
                            new QuestionPick(ROADMAP, question(q), "topic-" + (q % 50), List.of(0, 1, 2, 3)),
                            "bench",
                            Instant.EPOCH,
                            Duration.ofDays(1))
                    .id();
            if (!quizzes.markPosted(id, "bench", "m" + q, Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(3650)))) {
                throw new IllegalStateException("quiz " + id + " was not opened");
            }
            quizIds[q] = id;
        }
    }

    /** The next answer, quiz by quiz: every member answers a quiz before anyone answers the next. */
    synchronized Pair next() {
        int n = next++;
        int quiz = n / userIds.length;
        if (quiz >= quizIds.length) {
            throw new IllegalStateException("the benchmark ran out of quizzes");
        }
        return new Pair(quiz, n % userIds.length);
    }

    private static LocalDate day(int quiz) {
        return FIRST_DAY.plusDays(quiz);
    }

    private static String question(int quiz) {
        return "q" + quiz;
    }

    private static boolean correct(Pair p) {
        return p.user() % 4 != 3;
    }

    private static int option(Pair p) {
        return correct(p) ? 2 : p.user() % 2;
    }

    private static Instant at(Pair p) {
        return Instant.EPOCH.plus(Duration.ofDays(p.quiz())).plusMillis(p.user());
    }

    /** The bot's scoring: what {@code Scoring} gives with the default configuration. */
    private static Map<ScoreReason, Integer> points(int rightRank, int streakAfter) {
        Map<ScoreReason, Integer> points = new EnumMap<>(ScoreReason.class);
        if (rightRank == 0) {
            return points;
        }
        points.put(ScoreReason.CORRECT, CORRECT);
        if (rightRank <= FIRST_BONUSES.size()) {
            points.put(ScoreReason.FIRST, FIRST_BONUSES.get(rightRank - 1));
        }
        if (streakAfter > 1) {
            points.put(ScoreReason.STREAK, Math.min(STREAK_CAP, streakAfter - 1));
        }
        return points;
    }

    private static final PointsRule POINTS = new PointsRule() {
        @Override
        public int rankedPlaces() {
            return FIRST_BONUSES.size();
        }

        @Override
        public Map<ScoreReason, Integer> points(int rightRank, Streak streakAfter) {
            return FullAnswers.points(rightRank, streakAfter == null ? 0 : streakAfter.current());
        }
    };

    private ReviewState review(Pair p, Optional<ReviewState> current) {
        boolean right = correct(p);
        int repetitions = right ? current.map(ReviewState::repetitions).orElse(0) + 1 : 0;
        return new ReviewState(
                userIds[p.user()],
                ROADMAP,
                question(p.quiz()),
                "topic-" + (p.quiz() % 50),
                repetitions,
                right ? 1 : 0,
                2.5,
                right ? 0 : 1,
                at(p).plus(Duration.ofDays(1)),
                at(p));
    }

    private Streak streak(Pair p, Optional<Streak> current) {
        int run = correct(p) ? current.map(Streak::current).orElse(0) + 1 : 0;
        int best = Math.max(run, current.map(Streak::best).orElse(0));
        return new Streak(userIds[p.user()], channelId, run, best, quizIds[p.quiz()], at(p));
    }

    /** The write {@code QuizAnswers} hands to {@code ScoreRepository.recordAnswer} for this answer. */
    AnswerWrite write(Pair p) {
        return new AnswerWrite(
                teamId,
                channelId,
                quizIds[p.quiz()],
                userIds[p.user()],
                option(p),
                correct(p),
                at(p),
                day(p.quiz()),
                ROADMAP,
                question(p.quiz()),
                Map.of(),
                PeriodKey.of(day(p.quiz())),
                current -> streak(p, current),
                POINTS,
                current -> review(p, current));
    }

    /**
     * Writes answers with every row the real path writes for them, as raw batched JDBC: each kind of
     * row in one batch per flush, the caller commits. Statements are prepared once.
     */
    final class RawWriter implements AutoCloseable {
        private final PreparedStatement answers;
        private final PreparedStatement events;
        private final PreparedStatement totals;
        private final PreparedStatement stats;
        private final PreparedStatement streaks;
        private final PreparedStatement reviews;

        RawWriter(Connection c) throws SQLException {
            answers = c.prepareStatement(
                    "INSERT INTO answers (quiz_id, user_id, option, correct, answered_at, points) VALUES (?, ?, ?, ?, ?, ?)");
            // the answer's id, by the unique (quiz_id, user_id) index: a batch gets no generated keys back
            events =
                    c.prepareStatement("INSERT INTO score_events (team_id, user_id, quiz_id, answer_id, points, reason,"
                            + " local_date, created_at) VALUES (?, ?, ?,"
                            + " (SELECT id FROM answers WHERE quiz_id = ? AND user_id = ?), ?, ?, ?, ?)");
            // the same upserts as ScoreRepository, QuestionStatsRepository and ReviewRepository
            totals = c.prepareStatement(
                    "INSERT INTO leaderboard_totals (team_id, period_kind, period_key, user_id, points, correct, reached_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (team_id, period_kind, period_key, user_id) DO UPDATE SET"
                            + " points = leaderboard_totals.points + excluded.points,"
                            + " correct = leaderboard_totals.correct + excluded.correct,"
                            + " reached_at = CASE WHEN excluded.points <> 0 THEN excluded.reached_at"
                            + " ELSE leaderboard_totals.reached_at END");
            stats = c.prepareStatement(
                    "INSERT INTO question_stats (team_id, roadmap_id, question_id, asked, answered, correct)"
                            + " VALUES (?, ?, ?, 0, 1, ?) ON CONFLICT (team_id, roadmap_id, question_id) DO UPDATE SET"
                            + " asked = question_stats.asked + excluded.asked,"
                            + " answered = question_stats.answered + excluded.answered,"
                            + " correct = question_stats.correct + excluded.correct");
            streaks = c.prepareStatement(
                    "INSERT INTO streaks (user_id, channel_id, current, best, last_quiz_id, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, channel_id) DO UPDATE SET"
                            + " current = excluded.current, best = excluded.best,"
                            + " last_quiz_id = excluded.last_quiz_id, updated_at = excluded.updated_at");
            reviews = c.prepareStatement("INSERT INTO review_state (user_id, roadmap_id, question_id, topic_id,"
                    + " repetitions, interval_days, ease, lapses, due_at, last_reviewed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, roadmap_id, question_id)"
                    + " DO UPDATE SET topic_id = excluded.topic_id, repetitions = excluded.repetitions,"
                    + " interval_days = excluded.interval_days, ease = excluded.ease, lapses = excluded.lapses,"
                    + " due_at = excluded.due_at, last_reviewed_at = excluded.last_reviewed_at");
        }

        /**
         * Adds the answer's rows. The values follow the model of the real path: a member who is always
         * right has a streak of one per quiz so far, the first three right answers of a quiz are its
         * first three right members, a new question has no review state yet.
         */
        void add(Pair p) throws SQLException {
            long quizId = quizIds[p.quiz()];
            long userId = userIds[p.user()];
            boolean right = correct(p);
            Streak streak = streak(
                    p,
                    right
                            ? Optional.of(new Streak(userId, channelId, p.quiz(), p.quiz(), null, at(p)))
                            : Optional.empty());
            int rank = right ? p.user() - p.user() / 4 + 1 : 0;
            Map<ScoreReason, Integer> points = points(rank, streak.current());
            int total = points.values().stream().mapToInt(Integer::intValue).sum();
            Instant at = at(p);
            String day = day(p.quiz()).toString();

            answers.setLong(1, quizId);
            answers.setLong(2, userId);
            answers.setInt(3, option(p));
            answers.setInt(4, right ? 1 : 0);
            answers.setLong(5, at.toEpochMilli());
            answers.setInt(6, total);
            answers.addBatch();
            for (Map.Entry<ScoreReason, Integer> earned : points.entrySet()) {
                events.setLong(1, teamId);
                events.setLong(2, userId);
                events.setLong(3, quizId);
                events.setLong(4, quizId);
                events.setLong(5, userId);
                events.setInt(6, earned.getValue());
                events.setString(7, earned.getKey().code());
                events.setString(8, day);
                events.setLong(9, at.toEpochMilli());
                events.addBatch();
            }
            if (total != 0 || right) {
                for (PeriodKey period : PeriodKey.of(day(p.quiz()))) {
                    totals.setLong(1, teamId);
                    totals.setString(2, period.kind().code());
                    totals.setString(3, period.key());
                    totals.setLong(4, userId);
                    totals.setInt(5, total);
                    totals.setInt(6, right ? 1 : 0);
                    totals.setLong(7, at.toEpochMilli());
                    totals.addBatch();
                }
            }
            stats.setLong(1, teamId);
            stats.setString(2, ROADMAP);
            stats.setString(3, question(p.quiz()));
            stats.setInt(4, right ? 1 : 0);
            stats.addBatch();
            streaks.setLong(1, userId);
            streaks.setLong(2, channelId);
            streaks.setInt(3, streak.current());
            streaks.setInt(4, streak.best());
            streaks.setLong(5, quizId);
            streaks.setLong(6, at.toEpochMilli());
            streaks.addBatch();
            ReviewState review = review(p, Optional.empty());
            reviews.setLong(1, userId);
            reviews.setString(2, ROADMAP);
            reviews.setString(3, review.questionId());
            reviews.setString(4, review.topicId());
            reviews.setInt(5, review.repetitions());
            reviews.setInt(6, review.intervalDays());
            reviews.setDouble(7, review.ease());
            reviews.setInt(8, review.lapses());
            reviews.setLong(9, review.dueAt().toEpochMilli());
            reviews.setLong(10, review.lastReviewedAt().toEpochMilli());
            reviews.addBatch();
        }

        /** Runs the batches, answers first (the events look their ids up). */
        void flush() throws SQLException {
            for (PreparedStatement batch : List.of(answers, events, totals, stats, streaks, reviews)) {
                batch.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(answers, events, totals, stats, streaks, reviews)) {
                statement.close();
            }
        }
    }
}
