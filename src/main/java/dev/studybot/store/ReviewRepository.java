package dev.studybot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Spaced-repetition state per member and question, for {@code /quiz practice}. */
public final class ReviewRepository {
    private static final String COLUMNS = "user_id, roadmap_id, question_id, topic_id, repetitions, interval_days,"
            + " ease, lapses, due_at, last_reviewed_at";

    private final Database db;

    public ReviewRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<ReviewState> get(long userId, String roadmapId, String questionId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM review_state WHERE user_id = ? AND roadmap_id = ? AND question_id = ?",
                ReviewRepository::state,
                userId,
                roadmapId,
                questionId));
    }

    /** Saves the state, replacing the earlier one for the same member and question. */
    public void put(ReviewState state) {
        Objects.requireNonNull(state, "state");
        db.inTransaction(c -> Sql.update(
                c,
                "INSERT INTO review_state (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, roadmap_id, question_id) DO UPDATE SET"
                        + " topic_id = excluded.topic_id, repetitions = excluded.repetitions,"
                        + " interval_days = excluded.interval_days, ease = excluded.ease, lapses = excluded.lapses,"
                        + " due_at = excluded.due_at, last_reviewed_at = excluded.last_reviewed_at",
                state.userId(),
                state.roadmapId(),
                state.questionId(),
                state.topicId(),
                state.repetitions(),
                state.intervalDays(),
                state.ease(),
                state.lapses(),
                state.dueAt(),
                state.lastReviewedAt()));
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

    private static ReviewState state(ResultSet rs) throws SQLException {
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
