package dev.studybot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Quiz answers that wait for the same commit, recorded together: each kind of read once for all of
 * them, the answers in one batch, and each kind of row they change (score events, totals, question
 * statistics, streaks, review states) in one batch, instead of a dozen statements an answer. The
 * result is what {@link ScoreRepository#recordAnswer} would give for each, one after another in
 * order: an answer sees the streak, the review state and the right answers the answers before it in
 * the group left, and a member's second answer to a quiz is "already answered".
 *
 * <p>What the group reads decides every answer, so on PostgreSQL the open quizzes are locked first
 * (as one answer alone locks its quiz) and the other reads follow in the same call, each with its
 * own snapshot taken after the lock. If an answer still meets a row the reads did not see (an
 * answer without a points rule takes no lock, and another process may record the same one), the
 * group is refused and its answers run one by one.
 */
final class AnswerBatch implements BatchWrite<AnswerWrite, ScoredAnswer> {
    static final AnswerBatch SQLITE = new AnswerBatch(Dialect.SQLITE);
    static final AnswerBatch POSTGRESQL = new AnswerBatch(Dialect.POSTGRESQL);

    private final Dialect dialect;

    private AnswerBatch(Dialect dialect) {
        this.dialect = dialect;
    }

    static AnswerBatch of(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? POSTGRESQL : SQLITE;
    }

    private record QuizUser(long quizId, long userId) {}

    private record UserChannel(long userId, long channelId) {}

    private record UserQuestion(long userId, String roadmapId, String questionId) {}

    /** What the group's answers depend on, as stored before the first of them. */
    private static final class Before {
        final Map<Long, Long> openUntil = new HashMap<>(); // open quiz id -> closes_at millis
        final Map<Long, Integer> earlierRight = new HashMap<>();
        final Map<QuizUser, Answer> answers = new HashMap<>();
        final Map<UserChannel, Streak> streaks = new HashMap<>();
        final Map<UserQuestion, ReviewState> reviews = new HashMap<>();
    }

    /** A second answer of the same member to the same quiz within the group: told of the first. */
    private record Repeat(Planned first) {}

    /** An answer worked out and about to be written: its points and what follows from it. */
    private record Planned(
            AnswerWrite write, int total, Map<ScoreReason, Integer> points, Streak streak, ReviewState review) {}

    @Override
    public List<ScoredAnswer> runAll(Connection c, List<AnswerWrite> writes) throws SQLException {
        Before before = read(c, writes);
        // in order, as one by one: each answer sees what the ones before it in the group changed
        List<Object> outcomes = new ArrayList<>(writes.size()); // each a Planned, a Repeat or a ScoredAnswer
        Map<QuizUser, Planned> recorded = new LinkedHashMap<>();
        Map<Long, Integer> rightSoFar = new HashMap<>(before.earlierRight);
        Map<UserChannel, Streak> streaks = new HashMap<>(before.streaks);
        Map<UserQuestion, ReviewState> reviews = new HashMap<>(before.reviews);
        for (AnswerWrite write : writes) {
            PointsRule rule = write.pointsRule();
            if (rule != null) {
                Long closesAt = before.openUntil.get(write.quizId());
                if (closesAt == null || closesAt <= write.answeredAt().toEpochMilli()) {
                    outcomes.add(ScoredAnswer.closed());
                    continue;
                }
            }
            QuizUser key = new QuizUser(write.quizId(), write.userId());
            UserChannel streakKey = new UserChannel(write.userId(), write.channelId());
            UserQuestion reviewKey = new UserQuestion(write.userId(), write.roadmapId(), write.questionId());
            Streak next =
                    write.streak() == null ? null : write.streak().next(Optional.ofNullable(streaks.get(streakKey)));
            Map<ScoreReason, Integer> points = write.points();
            if (rule != null) {
                int places = Math.max(0, rule.rankedPlaces());
                int rank = write.correct() ? 1 + Math.min(places, rightSoFar.getOrDefault(write.quizId(), 0)) : 0;
                points = Map.copyOf(rule.points(rank, next));
            }
            Answer stored = before.answers.get(key);
            Planned earlier = recorded.get(key);
            if (stored != null) {
                outcomes.add(new ScoredAnswer(new RecordResult.AlreadyAnswered(stored), Optional.empty()));
                continue;
            }
            if (earlier != null) {
                outcomes.add(new Repeat(earlier));
                continue;
            }
            int total = points.values().stream().mapToInt(Integer::intValue).sum();
            ReviewState review =
                    write.review() == null ? null : write.review().next(Optional.ofNullable(reviews.get(reviewKey)));
            Planned planned = new Planned(write, total, points, next, review);
            recorded.put(key, planned);
            outcomes.add(planned);
            if (write.correct()) {
                rightSoFar.merge(write.quizId(), 1, Integer::sum);
            }
            if (next != null) {
                streaks.put(streakKey, next);
            }
            if (review != null) {
                reviews.put(reviewKey, review);
            }
        }
        Map<QuizUser, Long> ids = insertAnswers(c, recorded.values());
        writeConsequences(c, recorded.values(), ids);
        List<ScoredAnswer> results = new ArrayList<>(writes.size());
        for (Object outcome : outcomes) {
            results.add(told(outcome, ids));
        }
        return results;
    }

    /** What the member hears: a closed quiz or an earlier answer as decided, else the written answer. */
    private static ScoredAnswer told(Object outcome, Map<QuizUser, Long> ids) {
        if (outcome instanceof ScoredAnswer scored) {
            return scored;
        }
        boolean repeat = outcome instanceof Repeat;
        Planned planned = repeat ? ((Repeat) outcome).first() : (Planned) outcome;
        AnswerWrite first = planned.write();
        Answer answer = new Answer(
                ids.get(new QuizUser(first.quizId(), first.userId())),
                first.quizId(),
                first.userId(),
                first.option(),
                first.correct(),
                Instant.ofEpochMilli(first.answeredAt().toEpochMilli()),
                planned.total());
        // a repeat in the group is answered with the first, as it would be one by one
        return repeat
                ? new ScoredAnswer(new RecordResult.AlreadyAnswered(answer), Optional.empty())
                : new ScoredAnswer(new RecordResult.Recorded(answer), Optional.ofNullable(planned.streak()));
    }

    /** The reads: locks and open quizzes, right answers so far, earlier answers, streaks, review states. */
    private Before read(Connection c, List<AnswerWrite> writes) throws SQLException {
        Set<Long> ruled = new LinkedHashSet<>();
        Map<Long, Integer> placesByQuiz = new HashMap<>();
        Set<QuizUser> pairs = new LinkedHashSet<>();
        Set<UserChannel> streakKeys = new LinkedHashSet<>();
        Set<UserQuestion> reviewKeys = new LinkedHashSet<>();
        for (AnswerWrite write : writes) {
            if (write.pointsRule() != null) {
                ruled.add(write.quizId());
                if (write.correct()) {
                    placesByQuiz.merge(
                            write.quizId(), Math.max(0, write.pointsRule().rankedPlaces()), Math::max);
                }
            }
            pairs.add(new QuizUser(write.quizId(), write.userId()));
            if (write.streak() != null) {
                streakKeys.add(new UserChannel(write.userId(), write.channelId()));
            }
            if (write.review() != null) {
                reviewKeys.add(new UserQuestion(write.userId(), write.roadmapId(), write.questionId()));
            }
        }
        Before before = new Before();
        List<Sql.Query> queries = new ArrayList<>();
        if (!ruled.isEmpty()) {
            // PostgreSQL: lock the open quizzes, in id order, before anything that depends on them is read
            List<Long> ids = new ArrayList<>(ruled);
            Collections.sort(ids);
            queries.add(new Sql.Query(
                    "SELECT id, closes_at FROM quizzes WHERE state = 'open' AND id IN (" + marks(padded(ids.size()))
                            + ") ORDER BY id" + ScoreRepository.lockFor(dialect),
                    rs -> before.openUntil.put(rs.getLong(1), rs.getLong(2)),
                    pad(ids).toArray()));
        }
        for (Map.Entry<Long, Integer> quiz : placesByQuiz.entrySet()) {
            long quizId = quiz.getKey();
            queries.add(new Sql.Query(
                    ScoreRepository.EARLIER_RIGHT,
                    rs -> before.earlierRight.merge(quizId, 1, Integer::sum),
                    quizId,
                    quiz.getValue()));
        }
        queries.add(new Sql.Query(
                "SELECT id, quiz_id, user_id, option, correct, answered_at, points FROM answers WHERE "
                        + anyOf(padded(pairs.size()), "quiz_id", "user_id"),
                rs -> {
                    Answer answer = AnswerRepository.answer(rs);
                    before.answers.put(new QuizUser(answer.quizId(), answer.userId()), answer);
                },
                keyParams(pairs, pair -> List.of(pair.quizId(), pair.userId()))));
        if (!streakKeys.isEmpty()) {
            queries.add(new Sql.Query(
                    "SELECT user_id, channel_id, current, best, last_quiz_id, updated_at FROM streaks WHERE "
                            + anyOf(padded(streakKeys.size()), "user_id", "channel_id"),
                    rs -> {
                        Streak streak = ScoreRepository.streak(rs);
                        before.streaks.put(new UserChannel(streak.userId(), streak.channelId()), streak);
                    },
                    keyParams(streakKeys, key -> List.of(key.userId(), key.channelId()))));
        }
        if (!reviewKeys.isEmpty()) {
            queries.add(new Sql.Query(
                    ReviewRepository.SELECT_ALL + " WHERE "
                            + anyOf(padded(reviewKeys.size()), "user_id", "roadmap_id", "question_id"),
                    rs -> {
                        ReviewState state = ReviewRepository.state(rs);
                        before.reviews.put(
                                new UserQuestion(state.userId(), state.roadmapId(), state.questionId()), state);
                    },
                    keyParams(reviewKeys, key -> List.of(key.userId(), key.roadmapId(), key.questionId()))));
        }
        Sql.queryAll(c, dialect, queries);
        return before;
    }

    /** Inserts the answers in one batch; their ids by quiz and member. */
    private Map<QuizUser, Long> insertAnswers(Connection c, Collection<Planned> recorded) throws SQLException {
        Map<QuizUser, Long> ids = new HashMap<>();
        if (recorded.isEmpty()) {
            return ids;
        }
        List<Sql.Step> inserts = new ArrayList<>(recorded.size());
        List<QuizUser> keys = new ArrayList<>(recorded.size());
        for (Planned planned : recorded) {
            AnswerWrite w = planned.write();
            inserts.add(new Sql.Step(
                    "INSERT INTO answers (quiz_id, user_id, option, correct, answered_at, points)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (quiz_id, user_id) DO NOTHING",
                    w.quizId(),
                    w.userId(),
                    w.option(),
                    w.correct(),
                    w.answeredAt(),
                    planned.total()));
            keys.add(new QuizUser(w.quizId(), w.userId()));
        }
        int[] counts = Sql.batch(c, inserts);
        for (int count : counts) {
            if (count == 0) {
                // an answer the reads did not see (another process, without a quiz lock): decide one by one
                throw new SQLException("an answer in the group was recorded meanwhile by someone else");
            }
        }
        Sql.queryAll(
                c,
                dialect,
                List.of(new Sql.Query(
                        "SELECT id, quiz_id, user_id FROM answers WHERE "
                                + anyOf(padded(keys.size()), "quiz_id", "user_id"),
                        rs -> ids.put(new QuizUser(rs.getLong(2), rs.getLong(3)), rs.getLong(1)),
                        keyParams(keys, key -> List.of(key.quizId(), key.userId())))));
        return ids;
    }

    /** Score events, totals, question statistics, streaks and review states, a batch each. */
    private void writeConsequences(Connection c, Collection<Planned> recorded, Map<QuizUser, Long> ids)
            throws SQLException {
        List<Sql.Step> steps = new ArrayList<>(recorded.size() * 8);
        for (Planned planned : recorded) {
            AnswerWrite write = planned.write();
            long answerId = ids.get(new QuizUser(write.quizId(), write.userId()));
            for (Object[] event : ScoreRepository.events(write, planned.points(), answerId)) {
                steps.add(new Sql.Step(ScoreRepository.EVENT_INSERT, event));
            }
            if ((planned.total() != 0 || write.correct())) {
                for (PeriodKey period : write.periods()) {
                    steps.add(ScoreRepository.totalsUpsert(
                            write.teamId(),
                            List.of(period),
                            write.userId(),
                            planned.total(),
                            write.correct() ? 1 : 0,
                            write.answeredAt()));
                }
            }
            steps.add(QuestionStatsRepository.addStep(
                    write.teamId(), write.roadmapId(), write.questionId(), 0, 1, write.correct() ? 1 : 0));
            if (planned.streak() != null) {
                steps.add(ScoreRepository.streakUpsert(planned.streak()));
            }
            if (planned.review() != null) {
                steps.add(ReviewRepository.putStep(planned.review()));
            }
        }
        Sql.batch(c, steps);
    }

    /**
     * Group sizes rounded up to a power of two, so the few statement texts of varying length stay
     * few (and prepared): the keys are padded with repeats of the last, which match the same rows.
     */
    static int padded(int count) {
        return count <= 1 ? 1 : Integer.highestOneBit(count - 1) << 1;
    }

    private static <T> List<T> pad(List<T> keys) {
        List<T> padded = new ArrayList<>(keys);
        while (padded.size() < padded(keys.size())) {
            padded.add(keys.get(keys.size() - 1));
        }
        return padded;
    }

    /** The keys' column values, one key after another, padded as {@link #padded} says, for {@link #anyOf}. */
    private static <K> Object[] keyParams(Collection<K> keys, Function<K, List<?>> columns) {
        List<Object> params = new ArrayList<>();
        for (K key : pad(new ArrayList<>(keys))) {
            params.addAll(columns.apply(key));
        }
        return params.toArray();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * {@code (a = ? AND b = ?) OR (a = ? AND b = ?) ...}: rows matching any of the keys, each found by
     * the index on those columns (both databases plan it as index lookups; a join with a VALUES
     * list was planned by PostgreSQL as a scan of the whole table).
     */
    private static String anyOf(int rows, String... columns) {
        String row = "("
                + String.join(
                        " AND ",
                        java.util.Arrays.stream(columns).map(c -> c + " = ?").toList()) + ")";
        return String.join(" OR ", Collections.nCopies(rows, row));
    }
}
