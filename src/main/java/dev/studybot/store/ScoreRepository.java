package dev.studybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Scores: the events each answer earned, the leaderboard totals they add up to per team and period,
 * and streaks. {@link #recordAnswer} writes an answer with everything it changes in one transaction,
 * so a crash or a race never leaves points without their answer, or an answer counted twice.
 */
public final class ScoreRepository {
    private static final int REBUILD_BATCH = 1_000;
    private static final String STREAK_COLUMNS = "user_id, channel_id, current, best, last_quiz_id, updated_at";

    private final Database db;

    public ScoreRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Records the answer and, only if this call recorded it, its score events, totals, question
     * statistics and streak. A member who already answered gets
     * {@link RecordResult.AlreadyAnswered} and nothing else changes.
     */
    public ScoredAnswer recordAnswer(AnswerWrite write) {
        return recordAnswer(write, Duration.ofDays(1));
    }

    /**
     * {@link #recordAnswer}, waiting at most {@code wait} for the commit; past it a {@link
     * StoreException} says to try again (the answer may still be committed, and a retry is then
     * told it was already answered). Answers waiting at the same time share a transaction and its
     * commit and are recorded together ({@link AnswerBatch}); the writer wakes each caller itself.
     */
    public ScoredAnswer recordAnswer(AnswerWrite write, Duration wait) {
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(wait, "wait");
        return db.inSharedCommit(c -> recordAnswer(c, write, db.dialect()), AnswerBatch.of(db.dialect()), write, wait);
    }

    /**
     * {@link #recordAnswer} without holding the calling thread; completes once committed. Answers
     * waiting at the same time share a transaction and its commit (see {@link
     * Database#inSharedCommitAsync}), and are recorded together ({@link AnswerBatch}).
     */
    public CompletableFuture<ScoredAnswer> recordAnswerAsync(AnswerWrite write) {
        Objects.requireNonNull(write, "write");
        return db.inSharedCommitAsync(c -> recordAnswer(c, write, db.dialect()), AnswerBatch.of(db.dialect()), write);
    }

    private static ScoredAnswer recordAnswer(Connection c, AnswerWrite write, Dialect dialect) throws SQLException {
        PointsRule rule = write.pointsRule();
        Before before = readBefore(c, write, dialect);
        if (rule != null && !before.quizOpen) {
            return ScoredAnswer.closed();
        }
        Streak next = write.streak() == null ? null : write.streak().next(before.streak);
        Map<ScoreReason, Integer> points = write.points();
        if (rule != null) {
            int rank = write.correct() ? 1 + before.earlierRight : 0;
            points = Map.copyOf(rule.points(rank, next));
        }
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        RecordResult result = AnswerRepository.record(c, write.answer(total));
        if (!(result instanceof RecordResult.Recorded recorded)) {
            return new ScoredAnswer(result, Optional.empty());
        }
        long answerId = recorded.answer().id();
        // what follows from the answer: one call on PostgreSQL (see Sql.updateAll)
        List<Sql.Step> after = new ArrayList<>(5);
        List<Object[]> eventRows = events(write, points, answerId);
        if (!eventRows.isEmpty()) {
            List<Object> params = new ArrayList<>(eventRows.size() * 8);
            eventRows.forEach(row -> params.addAll(List.of(row)));
            after.add(new Sql.Step(
                    EVENT_INSERT + String.join("", Collections.nCopies(eventRows.size() - 1, ", " + EVENT_VALUES)),
                    params.toArray()));
        }
        if ((total != 0 || write.correct()) && !write.periods().isEmpty()) {
            after.add(totalsUpsert(
                    write.teamId(),
                    write.periods(),
                    write.userId(),
                    total,
                    write.correct() ? 1 : 0,
                    write.answeredAt()));
        }
        after.add(QuestionStatsRepository.addStep(
                write.teamId(), write.roadmapId(), write.questionId(), 0, 1, write.correct() ? 1 : 0));
        if (next != null) {
            after.add(streakUpsert(next));
        }
        if (write.review() != null) {
            after.add(ReviewRepository.putStep(write.review().next(before.review)));
        }
        Sql.updateAll(c, dialect, after);
        return new ScoredAnswer(result, Optional.ofNullable(next));
    }

    /**
     * What an answer's points depend on, read before it is written: whether its quiz is still open
     * (true for an answer without a points rule, which does not look), how many right answers came
     * earlier (up to the ranked places), the member's streak in the channel and their review state.
     */
    private static final class Before {
        boolean quizOpen = true;
        int earlierRight;
        Optional<Streak> streak = Optional.empty();
        Optional<ReviewState> review = Optional.empty();
    }

    /**
     * The reads, in one call on PostgreSQL ({@link Sql#queryAll}). There the quiz is locked first if it
     * is open, so its answers take their places one at a time; in READ COMMITTED each statement of the
     * call takes its own snapshot, so the count after the lock sees every answer committed before the
     * lock was granted. On SQLite the writer's transaction already holds the database's one write lock
     * (BEGIN IMMEDIATE, see GroupCommitter), so plain reads decide the same.
     */
    private static Before readBefore(Connection c, AnswerWrite write, Dialect dialect) throws SQLException {
        PointsRule rule = write.pointsRule();
        Before before = new Before();
        List<Sql.Query> queries = new ArrayList<>(4);
        if (rule != null) {
            before.quizOpen = false;
            queries.add(new Sql.Query(
                    "SELECT 1 FROM quizzes WHERE id = ? AND state = 'open' AND closes_at > ?" + lockFor(dialect),
                    rs -> before.quizOpen = true,
                    write.quizId(),
                    write.answeredAt()));
            if (write.correct()) {
                queries.add(new Sql.Query(
                        EARLIER_RIGHT, rs -> before.earlierRight++, write.quizId(), Math.max(0, rule.rankedPlaces())));
            }
        }
        if (write.streak() != null) {
            queries.add(new Sql.Query(
                    STREAK_BY_MEMBER,
                    rs -> before.streak = Optional.of(streak(rs)),
                    write.userId(),
                    write.channelId()));
        }
        if (write.review() != null) {
            queries.add(new Sql.Query(
                    ReviewRepository.BY_QUESTION,
                    rs -> before.review = Optional.of(ReviewRepository.state(rs)),
                    write.userId(),
                    write.roadmapId(),
                    write.questionId()));
        }
        Sql.queryAll(c, dialect, queries);
        return before;
    }

    /**
     * What a read of open quizzes adds to lock them on PostgreSQL: the lock an UPDATE that leaves
     * their keys alone takes, so closing them waits and foreign keys to them do not.
     */
    static String lockFor(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? " FOR NO KEY UPDATE" : "";
    }

    /**
     * The answer's score events, each as the parameters of {@link #EVENT_INSERT}: one per reason it
     * earned points for, and always a 'correct' one for a right answer, so totals can be rebuilt from
     * events alone.
     */
    static List<Object[]> events(AnswerWrite write, Map<ScoreReason, Integer> points, long answerId) {
        List<Object[]> rows = new ArrayList<>(3);
        for (ScoreReason reason : ScoreReason.values()) {
            int earned = points.getOrDefault(reason, 0);
            if (earned != 0 || (reason == ScoreReason.CORRECT && write.correct())) {
                rows.add(new Object[] {
                    write.teamId(),
                    write.userId(),
                    write.quizId(),
                    answerId,
                    earned,
                    reason,
                    write.localDate(),
                    write.answeredAt()
                });
            }
        }
        return rows;
    }

    private static final String EVENT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?)";

    /** One score event (more rows may follow, each {@code , (?, ...)}). */
    static final String EVENT_INSERT = "INSERT INTO score_events (team_id, user_id, quiz_id, answer_id, points, reason,"
            + " local_date, created_at) VALUES " + EVENT_VALUES;

    /** Up to the ranked places ({@code LIMIT}) of the quiz's right answers so far: counting rows is enough. */
    static final String EARLIER_RIGHT = "SELECT 1 FROM answers WHERE quiz_id = ? AND correct = 1 LIMIT ?";

    private static final String STREAK_BY_MEMBER =
            "SELECT " + STREAK_COLUMNS + " FROM streaks WHERE user_id = ? AND channel_id = ?";

    /**
     * Adds the answer's points to the member's total in each period, in one statement (a round trip
     * on PostgreSQL, a statement run on SQLite, instead of one per period). The periods are
     * distinct, as {@link AnswerWrite} checks: PostgreSQL refuses an upsert that meets a row twice.
     */
    static Sql.Step totalsUpsert(
            long teamId, List<PeriodKey> periods, long userId, int points, int correct, Instant at) {
        List<Object> params = new ArrayList<>(periods.size() * 7);
        for (PeriodKey period : periods) {
            params.addAll(List.of(teamId, period.kind(), period.key(), userId, points, correct, at));
        }
        return new Sql.Step(
                "INSERT INTO leaderboard_totals (team_id, period_kind, period_key, user_id, points, correct, reached_at)"
                        + " VALUES "
                        + String.join(", ", Collections.nCopies(periods.size(), "(?, ?, ?, ?, ?, ?, ?)"))
                        + " ON CONFLICT (team_id, period_kind, period_key, user_id) DO UPDATE SET"
                        + " points = leaderboard_totals.points + excluded.points,"
                        + " correct = leaderboard_totals.correct + excluded.correct,"
                        // ties rank by who reached the total first: only a change of points moves it
                        + " reached_at = CASE WHEN excluded.points <> 0 THEN excluded.reached_at"
                        + " ELSE leaderboard_totals.reached_at END",
                params.toArray());
    }

    /** The team's top {@code limit} members in the period: most points first, then who got there first. */
    public List<LeaderboardEntry> top(long teamId, PeriodKey period, int limit) {
        List<LeaderboardEntry> rows = db.read(c -> Sql.list(
                c,
                "SELECT t.user_id, u.display_name, t.points, t.correct, t.reached_at FROM leaderboard_totals t"
                        + " JOIN users u ON u.id = t.user_id"
                        + " WHERE t.team_id = ? AND t.period_kind = ? AND t.period_key = ?"
                        + " ORDER BY t.points DESC, t.reached_at ASC, t.user_id ASC LIMIT ?",
                rs -> entry(rs, 0),
                teamId,
                period.kind(),
                period.key(),
                limit));
        List<LeaderboardEntry> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LeaderboardEntry row = rows.get(i);
            LeaderboardEntry before = i == 0 ? null : ranked.get(i - 1);
            boolean tied = before != null
                    && before.points() == row.points()
                    && before.reachedAt().equals(row.reachedAt());
            int rank = tied ? before.rank() : i + 1;
            ranked.add(new LeaderboardEntry(
                    rank, row.userId(), row.displayName(), row.points(), row.correct(), row.reachedAt()));
        }
        return ranked;
    }

    /** The member's rank (1-based) and total in the team's period, or empty if they have none. */
    public Optional<LeaderboardEntry> rankOf(long teamId, PeriodKey period, long userId) {
        return db.read(c -> {
            Optional<LeaderboardEntry> own = Sql.first(
                    c,
                    "SELECT t.user_id, u.display_name, t.points, t.correct, t.reached_at FROM leaderboard_totals t"
                            + " JOIN users u ON u.id = t.user_id"
                            + " WHERE t.team_id = ? AND t.period_kind = ? AND t.period_key = ? AND t.user_id = ?",
                    rs -> entry(rs, 0),
                    teamId,
                    period.kind(),
                    period.key(),
                    userId);
            if (own.isEmpty()) {
                return own;
            }
            LeaderboardEntry e = own.get();
            // members with more points, from the per-points counts (a few rows however large the
            // team), plus those who reached the same points first (an index range of the ties)
            long above = Sql.count(
                    c,
                    "SELECT COALESCE(SUM(members), 0) FROM leaderboard_points"
                            + " WHERE team_id = ? AND period_kind = ? AND period_key = ? AND points > ?",
                    teamId,
                    period.kind(),
                    period.key(),
                    e.points());
            long earlier = Sql.count(
                    c,
                    "SELECT COUNT(*) FROM leaderboard_totals WHERE team_id = ? AND period_kind = ? AND period_key = ?"
                            + " AND points = ? AND reached_at < ?",
                    teamId,
                    period.kind(),
                    period.key(),
                    e.points(),
                    e.reachedAt());
            long ahead = above + earlier;
            return Optional.of(new LeaderboardEntry(
                    (int) ahead + 1, e.userId(), e.displayName(), e.points(), e.correct(), e.reachedAt()));
        });
    }

    private static LeaderboardEntry entry(ResultSet rs, int rank) throws SQLException {
        return new LeaderboardEntry(
                rank,
                rs.getLong("user_id"),
                rs.getString("display_name"),
                rs.getInt("points"),
                rs.getInt("correct"),
                Sql.instant(rs, "reached_at"));
    }

    /**
     * Recomputes the team's totals from its score events, replaces the stored ones, and returns
     * where the two disagreed on points or right answers (empty when they matched).
     *
     * @param periodsOf the periods a local date counts towards, e.g. {@link PeriodKey#of}
     */
    public List<TotalDifference> rebuildTotals(long teamId, Function<LocalDate, List<PeriodKey>> periodsOf) {
        Objects.requireNonNull(periodsOf, "periodsOf");
        return db.inTransaction(c -> {
            Map<TotalKey, Total> rebuilt = new LinkedHashMap<>();
            for (Event event : Sql.list(
                    c,
                    "SELECT user_id, points, reason, local_date, created_at FROM score_events WHERE team_id = ?"
                            + " ORDER BY created_at, id",
                    rs -> new Event(
                            rs.getLong("user_id"),
                            rs.getInt("points"),
                            ScoreReason.fromCode(rs.getString("reason")),
                            Sql.date(rs, "local_date"),
                            Sql.instant(rs, "created_at")),
                    teamId)) {
                for (PeriodKey period : periodsOf.apply(event.localDate())) {
                    rebuilt.merge(new TotalKey(period, event.userId()), Total.of(event), Total::plus);
                }
            }
            Map<TotalKey, Total> stored = new LinkedHashMap<>();
            for (Map.Entry<TotalKey, Total> row : Sql.list(
                    c,
                    "SELECT period_kind, period_key, user_id, points, correct, reached_at FROM leaderboard_totals"
                            + " WHERE team_id = ?",
                    rs -> Map.entry(
                            new TotalKey(
                                    new PeriodKey(
                                            PeriodKind.fromCode(rs.getString("period_kind")),
                                            rs.getString("period_key")),
                                    rs.getLong("user_id")),
                            new Total(rs.getInt("points"), rs.getInt("correct"), Sql.instant(rs, "reached_at"))),
                    teamId)) {
                stored.put(row.getKey(), row.getValue());
            }
            List<TotalDifference> differences = new ArrayList<>();
            Map<TotalKey, Total> everyKey = new LinkedHashMap<>(stored);
            rebuilt.forEach(everyKey::putIfAbsent);
            for (TotalKey key : everyKey.keySet()) {
                Total was = stored.getOrDefault(key, Total.NONE);
                Total is = rebuilt.getOrDefault(key, Total.NONE);
                if (was.points() != is.points() || was.correct() != is.correct()) {
                    differences.add(new TotalDifference(
                            key.period(), key.userId(), was.points(), was.correct(), is.points(), is.correct()));
                }
            }
            // the marker row (seen by this transaction only) keeps the per-points triggers off this team:
            // one update per written row would pile up row versions of the same few rows on PostgreSQL
            Sql.update(c, "INSERT INTO leaderboard_rebuilds (team_id) VALUES (?)", teamId);
            Sql.update(c, "DELETE FROM leaderboard_totals WHERE team_id = ?", teamId);
            Sql.update(c, "DELETE FROM leaderboard_points WHERE team_id = ?", teamId);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO leaderboard_totals (team_id, period_kind, period_key, user_id, points, correct,"
                            + " reached_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<TotalKey, Total> row : rebuilt.entrySet()) {
                    Sql.bind(
                            insert,
                            teamId,
                            row.getKey().period().kind(),
                            row.getKey().period().key(),
                            row.getKey().userId(),
                            row.getValue().points(),
                            row.getValue().correct(),
                            row.getValue().reachedAt());
                    insert.addBatch();
                    if (++pending == REBUILD_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            Sql.update(
                    c,
                    "INSERT INTO leaderboard_points (team_id, period_kind, period_key, points, members)"
                            + " SELECT team_id, period_kind, period_key, points, COUNT(*) FROM leaderboard_totals"
                            + " WHERE team_id = ? GROUP BY team_id, period_kind, period_key, points",
                    teamId);
            Sql.update(c, "DELETE FROM leaderboard_rebuilds WHERE team_id = ?", teamId);
            return differences;
        });
    }

    private record Event(long userId, int points, ScoreReason reason, LocalDate localDate, Instant createdAt) {}

    private record TotalKey(PeriodKey period, long userId) {}

    /** A total as {@link #totalsUpsert} builds it: events in time order, reached_at moves with points. */
    private record Total(int points, int correct, Instant reachedAt) {
        static final Total NONE = new Total(0, 0, null);

        static Total of(Event e) {
            return new Total(e.points(), e.reason() == ScoreReason.CORRECT ? 1 : 0, e.createdAt());
        }

        Total plus(Total later) {
            Instant reached = later.points() != 0 ? later.reachedAt() : reachedAt;
            return new Total(points + later.points(), correct + later.correct(), reached);
        }
    }

    public Optional<Streak> streak(long userId, long channelId) {
        return db.read(c -> streak(c, userId, channelId));
    }

    private static Optional<Streak> streak(Connection c, long userId, long channelId) throws SQLException {
        return Sql.first(c, STREAK_BY_MEMBER, ScoreRepository::streak, userId, channelId);
    }

    /**
     * The members' current streaks in the team: per member, the longest current run over the team's
     * channels that is still alive. A stored run is only updated when the member answers, so a run
     * counts as broken once a daily quiz of its channel dated after the run's last quiz has closed
     * (the member missed it); a quiz still open, a skipped day or an extra quiz does not break it.
     * Members without a live run are left out; other teams' streaks are never read.
     */
    public Map<Long, Integer> currentStreaks(long teamId, Collection<Long> userIds) {
        Objects.requireNonNull(userIds, "userIds");
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(userIds.size() + 1);
        params.add(teamId);
        params.addAll(userIds);
        String marks = String.join(", ", Collections.nCopies(userIds.size(), "?"));
        return db.read(c -> {
            Map<Long, Integer> streaks = new LinkedHashMap<>();
            for (long[] row : Sql.list(
                    c,
                    // no condition on current: SQLite would then scan the channel's streaks by
                    // (channel_id, current) instead of looking the few members up by primary key
                    "SELECT s.user_id, s.current FROM channels ch"
                            + " JOIN streaks s ON s.channel_id = ch.id"
                            + " JOIN quizzes last ON last.id = s.last_quiz_id"
                            + " WHERE ch.team_id = ? AND s.user_id IN (" + marks + ")"
                            + " AND NOT EXISTS (SELECT 1 FROM quizzes q WHERE q.channel_id = s.channel_id"
                            + " AND q.kind = 'daily' AND q.state = 'closed' AND q.local_date > last.local_date)",
                    rs -> new long[] {rs.getLong(1), rs.getInt(2)},
                    params.toArray())) {
                if (row[1] > 0) {
                    streaks.merge(row[0], (int) row[1], Math::max);
                }
            }
            return streaks;
        });
    }

    /** Saves the member's streak in the channel, replacing the stored one. */
    public void putStreak(Streak streak) {
        Objects.requireNonNull(streak, "streak");
        db.inTransaction(c -> {
            putStreak(c, streak);
            return null;
        });
    }

    private static void putStreak(Connection c, Streak streak) throws SQLException {
        Sql.Step upsert = streakUpsert(streak);
        Sql.update(c, upsert.sql(), upsert.params());
    }

    static Sql.Step streakUpsert(Streak streak) {
        return new Sql.Step(
                "INSERT INTO streaks (" + STREAK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, channel_id) DO UPDATE SET current = excluded.current,"
                        + " best = excluded.best, last_quiz_id = excluded.last_quiz_id, updated_at = excluded.updated_at",
                streak.userId(),
                streak.channelId(),
                streak.current(),
                streak.best(),
                streak.lastQuizId(),
                streak.updatedAt());
    }

    /** The channel's streaks, longest current run first. */
    public List<Streak> streaks(long channelId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + STREAK_COLUMNS
                        + " FROM streaks WHERE channel_id = ? ORDER BY current DESC, best DESC, user_id",
                ScoreRepository::streak,
                channelId));
    }

    static Streak streak(ResultSet rs) throws SQLException {
        return new Streak(
                rs.getLong("user_id"),
                rs.getLong("channel_id"),
                rs.getInt("current"),
                rs.getInt("best"),
                Sql.nullableLong(rs, "last_quiz_id"),
                Sql.instant(rs, "updated_at"));
    }
}
