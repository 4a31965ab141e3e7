package dev.studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Quiz answers, one per member and quiz (the unique constraint decides every race), and private
 * practice attempts.
 */
public final class AnswerRepository {
    private static final String COLUMNS = "id, quiz_id, user_id, option, correct, answered_at, points";
    private static final String PRACTICE_COLUMNS =
            "id, user_id, roadmap_id, question_id, topic_id, correct, answered_at";

    private final Database db;

    public AnswerRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Records the answer, or reports the member's earlier one. A race (two processes, a retry, a
     * double click) ends with one row; the loser gets {@link RecordResult.AlreadyAnswered}.
     */
    public RecordResult record(NewAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        return db.inTransaction(c -> record(c, answer));
    }

    /**
     * {@link #record} without holding the calling thread while the write waits for its commit; the
     * future completes once the answer is committed, so acknowledge the member from it.
     */
    public CompletableFuture<RecordResult> recordAsync(NewAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        return db.inTransactionAsync(c -> record(c, answer));
    }

    static RecordResult record(Connection c, NewAnswer answer) throws SQLException {
        // only the id comes back: the rest is what was written, and mapping columns costs more than the insert
        Optional<Long> id = Sql.first(
                c,
                "INSERT INTO answers (quiz_id, user_id, option, correct, answered_at, points) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (quiz_id, user_id) DO NOTHING RETURNING id",
                rs -> rs.getLong(1),
                answer.quizId(),
                answer.userId(),
                answer.option(),
                answer.correct(),
                answer.answeredAt(),
                answer.points());
        if (id.isPresent()) {
            return new RecordResult.Recorded(new Answer(
                    id.get(),
                    answer.quizId(),
                    answer.userId(),
                    answer.option(),
                    answer.correct(),
                    Instant.ofEpochMilli(answer.answeredAt().toEpochMilli()),
                    answer.points()));
        }
        return new RecordResult.AlreadyAnswered(find(c, answer.quizId(), answer.userId())
                .orElseThrow(() -> new SQLException("answer conflicted but is not there", "40001")));
    }

    /** The member's answer to the quiz, if any. */
    public Optional<Answer> find(long quizId, long userId) {
        return db.read(c -> find(c, quizId, userId));
    }

    private static Optional<Answer> find(Connection c, long quizId, long userId) throws SQLException {
        return Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM answers WHERE quiz_id = ? AND user_id = ?",
                AnswerRepository::answer,
                quizId,
                userId);
    }

    /** The quiz's answers in the order they came in, for the reveal. */
    public List<Answer> answersOf(long quizId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + COLUMNS + " FROM answers WHERE quiz_id = ? ORDER BY answered_at, id",
                AnswerRepository::answer,
                quizId));
    }

    /** Saves a practice attempt ({@code id} is ignored) and returns it with its id. */
    public PracticeAttempt addPractice(PracticeAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        return db.inTransaction(c -> Sql.first(
                        c,
                        "INSERT INTO practice_attempts (user_id, roadmap_id, question_id, topic_id, correct, answered_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING " + PRACTICE_COLUMNS,
                        AnswerRepository::practice,
                        attempt.userId(),
                        attempt.roadmapId(),
                        attempt.questionId(),
                        attempt.topicId(),
                        attempt.correct(),
                        attempt.answeredAt())
                .orElseThrow());
    }

    /** The member's latest practice attempts, newest first. */
    public List<PracticeAttempt> recentPractice(long userId, int limit) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + PRACTICE_COLUMNS + " FROM practice_attempts WHERE user_id = ?"
                        + " ORDER BY answered_at DESC, id DESC LIMIT ?",
                AnswerRepository::practice,
                userId,
                limit));
    }

    /** The member's practice per topic of one roadmap. */
    public List<TopicAttempts> practiceByTopic(long userId, String roadmapId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT topic_id, COUNT(*), SUM(correct) FROM practice_attempts WHERE user_id = ? AND roadmap_id = ?"
                        + " GROUP BY topic_id ORDER BY topic_id",
                rs -> new TopicAttempts(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                userId,
                roadmapId));
    }

    /**
     * Every answer the member gave on the roadmap's questions, quiz and practice, oldest first: each
     * with its question's topic, whether it was right, and when.
     */
    public List<TopicResult> results(long userId, String roadmapId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT topic_id, correct, answered_at FROM ("
                        + "SELECT q.topic_id AS topic_id, a.correct AS correct, a.answered_at AS answered_at"
                        + " FROM answers a JOIN quizzes q ON q.id = a.quiz_id"
                        + " WHERE a.user_id = ? AND q.roadmap_id = ? AND q.topic_id IS NOT NULL"
                        + " UNION ALL SELECT topic_id, correct, answered_at FROM practice_attempts"
                        + " WHERE user_id = ? AND roadmap_id = ?) r ORDER BY answered_at",
                rs -> new TopicResult(rs.getString(1), rs.getInt(2) != 0, Sql.instant(rs, "answered_at")),
                userId,
                roadmapId,
                userId,
                roadmapId));
    }

    /**
     * The team's answers on the roadmap's questions (quiz and practice), counted per topic and UTC
     * day: enough to weigh them by age without reading every answer.
     */
    public List<TopicDayResult> teamResultsByDay(long teamId, String roadmapId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT topic_id, day, SUM(n) AS answered, SUM(c) AS correct FROM ("
                        + "SELECT q.topic_id AS topic_id, a.answered_at / 86400000 AS day, 1 AS n, a.correct AS c"
                        + " FROM channels ch JOIN quizzes q ON q.channel_id = ch.id JOIN answers a ON a.quiz_id = q.id"
                        + " WHERE ch.team_id = ? AND q.roadmap_id = ? AND q.topic_id IS NOT NULL"
                        + " UNION ALL SELECT p.topic_id, p.answered_at / 86400000, 1, p.correct"
                        + " FROM users u JOIN practice_attempts p ON p.user_id = u.id"
                        + " WHERE u.team_id = ? AND p.roadmap_id = ?) r GROUP BY topic_id, day",
                rs -> new TopicDayResult(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)),
                teamId,
                roadmapId,
                teamId,
                roadmapId));
    }

    static Answer answer(ResultSet rs) throws SQLException {
        return new Answer(
                rs.getLong("id"),
                rs.getLong("quiz_id"),
                rs.getLong("user_id"),
                rs.getInt("option"),
                Sql.flag(rs, "correct"),
                Sql.instant(rs, "answered_at"),
                rs.getInt("points"));
    }

    private static PracticeAttempt practice(ResultSet rs) throws SQLException {
        return new PracticeAttempt(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("roadmap_id"),
                rs.getString("question_id"),
                rs.getString("topic_id"),
                Sql.flag(rs, "correct"),
                Sql.instant(rs, "answered_at"));
    }
}
