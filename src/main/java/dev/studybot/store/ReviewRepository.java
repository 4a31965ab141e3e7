package dev.studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Spaced-repetition state per member and question, for {@code /quiz practice}. */
public final class ReviewRepository {
    private static final String COLUMNS = "user_id, roadmap_id, question_id, topic_id, repetitions, interval_days,"
            + " ease, lapses, due_at, last_reviewed_at";

    /** Every state's columns, for a condition to follow. */
    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM review_state";

    private static final String UPSERT =
            "INSERT INTO review_state (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (user_id, roadmap_id, question_id) DO UPDATE SET"
                    + " topic_id = excluded.topic_id, repetitions = excluded.repetitions,"
                    + " interval_days = excluded.interval_days, ease = excluded.ease, lapses = excluded.lapses,"
                    + " due_at = excluded.due_at, last_reviewed_at = excluded.last_reviewed_at";

    /** The member's state for one question: user, roadmap and question id. */
    static final String BY_QUESTION =
            "SELECT " + COLUMNS + " FROM review_state WHERE user_id = ? AND roadmap_id = ? AND question_id = ?";

    private final Database db;

    public ReviewRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<ReviewState> get(long userId, String roadmapId, String questionId) {
        return db.read(c -> get(c, userId, roadmapId, questionId));
    }

    static Optional<ReviewState> get(Connection c, long userId, String roadmapId, String questionId)
            throws SQLException {
        return Sql.first(c, BY_QUESTION, ReviewRepository::state, userId, roadmapId, questionId);
    }

    /** Saves the state, replacing the earlier one for the same member and question. */
    public void put(ReviewState state) {
        Objects.requireNonNull(state, "state");
        db.inTransaction(c -> put(c, state));
    }

    static int put(Connection c, ReviewState state) throws SQLException {
        return Sql.update(c, UPSERT, params(state));
    }

    /** The upsert of a state, to run among an answer's other statements. */
    static Sql.Step putStep(ReviewState state) {
        return new Sql.Step(UPSERT, params(state));
    }

    /**
     * Records a practice answer: the attempt and the member's new review state, together, but only if
     * the question was not reviewed since {@code askedAt} (when it was shown): a second press on the
     * same practice question, or a race of two, changes nothing and returns false.
     */
    public boolean recordPractice(ReviewState next, PracticeAttempt attempt, Instant askedAt) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(askedAt, "askedAt");
        return db.inTransaction(c -> {
            Object[] state = params(next);
            Object[] all = java.util.Arrays.copyOf(state, state.length + 1);
            all[state.length] = askedAt;
            // the upsert locks the row, so of two racing presses the second sees the first's review
            int saved = Sql.update(
                    c,
                    UPSERT + " WHERE review_state.last_reviewed_at IS NULL OR review_state.last_reviewed_at < ?",
                    all);
            if (saved == 0) {
                return false;
            }
            Sql.update(
                    c,
                    "INSERT INTO practice_attempts (user_id, roadmap_id, question_id, topic_id, correct, answered_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    attempt.userId(),
                    attempt.roadmapId(),
                    attempt.questionId(),
                    attempt.topicId(),
                    attempt.correct(),
                    attempt.answeredAt());
            return true;
        });
    }

    /** Every question of the roadmap the member has a review state for. */
    public Set<String> reviewedQuestionIds(long userId, String roadmapId) {
        return new HashSet<>(db.read(c -> Sql.list(
                c,
                "SELECT question_id FROM review_state WHERE user_id = ? AND roadmap_id = ?",
                rs -> rs.getString(1),
                userId,
                roadmapId)));
    }

    /** The member's question of the roadmap due soonest (overdue or not), if they have any. */
    public Optional<ReviewState> nextDue(long userId, String roadmapId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM review_state WHERE user_id = ? AND roadmap_id = ?"
                        + " ORDER BY due_at, question_id LIMIT 1",
                ReviewRepository::state,
                userId,
                roadmapId));
    }

    private static Object[] params(ReviewState state) {
        return new Object[] {
            state.userId(),
            state.roadmapId(),
            state.questionId(),
            state.topicId(),
            state.repetitions(),
            state.intervalDays(),
            state.ease(),
            state.lapses(),
            state.dueAt(),
            state.lastReviewedAt()
        };
    }

    /** The member's questions of one roadmap due by {@code now}, the most overdue first. */
    public List<ReviewState> due(long userId, String roadmapId, Instant now, int limit) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + COLUMNS + " FROM review_state WHERE user_id = ? AND roadmap_id = ? AND due_at <= ?"
                        + " ORDER BY due_at, question_id LIMIT ?",
                ReviewRepository::state,
                userId,
                roadmapId,
                now,
                limit));
    }

    static ReviewState state(ResultSet rs) throws SQLException {
        return new ReviewState(
                rs.getLong("user_id"),
                rs.getString("roadmap_id"),
                rs.getString("question_id"),
                rs.getString("topic_id"),
                rs.getInt("repetitions"),
                rs.getInt("interval_days"),
                rs.getDouble("ease"),
                rs.getInt("lapses"),
                Sql.instant(rs, "due_at"),
                Sql.instant(rs, "last_reviewed_at"));
    }
}
