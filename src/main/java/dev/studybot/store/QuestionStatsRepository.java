package dev.studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Per team and question: how often it was asked, answered and answered right. */
public final class QuestionStatsRepository {
    private static final String COLUMNS = "team_id, roadmap_id, question_id, asked, answered, correct";

    private final Database db;

    public QuestionStatsRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Counts one more time the question was posted in the team. */
    public void incrementAsked(long teamId, String roadmapId, String questionId) {
        db.inTransaction(c -> add(c, teamId, roadmapId, questionId, 1, 0, 0));
    }

    /** Counts one more answer to the question, right or not. */
    public void incrementAnswered(long teamId, String roadmapId, String questionId, boolean correct) {
        db.inTransaction(c -> add(c, teamId, roadmapId, questionId, 0, 1, correct ? 1 : 0));
    }

    static int add(Connection c, long teamId, String roadmapId, String questionId, int asked, int answered, int correct)
            throws SQLException {
        Sql.Step step = addStep(teamId, roadmapId, questionId, asked, answered, correct);
        return Sql.update(c, step.sql(), step.params());
    }

    /** The upsert that adds to a question's counts, to run among an answer's other statements. */
    static Sql.Step addStep(long teamId, String roadmapId, String questionId, int asked, int answered, int correct) {
        return new Sql.Step(
                "INSERT INTO question_stats (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (team_id, roadmap_id, question_id) DO UPDATE SET"
                        + " asked = question_stats.asked + excluded.asked,"
                        + " answered = question_stats.answered + excluded.answered,"
                        + " correct = question_stats.correct + excluded.correct",
                teamId,
                roadmapId,
                questionId,
                asked,
                answered,
                correct);
    }

    public Optional<QuestionStats> stats(long teamId, String roadmapId, String questionId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM question_stats WHERE team_id = ? AND roadmap_id = ? AND question_id = ?",
                QuestionStatsRepository::stats,
                teamId,
                roadmapId,
                questionId));
    }

    /** The team's statistics for every question it was asked, by roadmap and question id. */
    public List<QuestionStats> stats(long teamId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + COLUMNS + " FROM question_stats WHERE team_id = ? ORDER BY roadmap_id, question_id",
                QuestionStatsRepository::stats,
                teamId));
    }

    private static QuestionStats stats(ResultSet rs) throws SQLException {
        return new QuestionStats(
                rs.getLong("team_id"),
                rs.getString("roadmap_id"),
                rs.getString("question_id"),
                rs.getInt("asked"),
                rs.getInt("answered"),
                rs.getInt("correct"));
    }
}
