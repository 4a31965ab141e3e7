package dev.studybot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Each member's status per roadmap topic (done, learning, skipped), and a team's counts per topic. */
public final class TopicStatusRepository {
    private static final String MARK_COLUMNS = "user_id, topic_id, status, updated_at";

    private final Database db;

    public TopicStatusRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Sets the member's status for the topic, replacing any earlier one. */
    public void setStatus(long userId, String roadmapId, String topicId, TopicStatus status) {
        Objects.requireNonNull(status, "status");
        long now = db.clock().millis();
        db.inTransaction(c -> Sql.update(
                c,
                "INSERT INTO topic_status (user_id, roadmap_id, topic_id, status, updated_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, roadmap_id, topic_id)"
                        + " DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
                userId,
                roadmapId,
                topicId,
                status,
                now));
    }

    /** Forgets the member's status for the topic; true if there was one. */
    public boolean clearStatus(long userId, String roadmapId, String topicId) {
        return db.inTransaction(c -> Sql.update(
                        c,
                        "DELETE FROM topic_status WHERE user_id = ? AND roadmap_id = ? AND topic_id = ?",
                        userId,
                        roadmapId,
                        topicId))
                > 0;
    }

    /** The member's status per topic id of one roadmap. */
    public Map<String, TopicStatus> statuses(long userId, String roadmapId) {
        return db.read(c -> {
            Map<String, TopicStatus> statuses = new LinkedHashMap<>();
            for (String[] row : Sql.list(
                    c,
                    "SELECT topic_id, status FROM topic_status WHERE user_id = ? AND roadmap_id = ? ORDER BY topic_id",
                    rs -> new String[] {rs.getString(1), rs.getString(2)},
                    userId,
                    roadmapId)) {
                statuses.put(row[0], TopicStatus.fromCode(row[1]));
            }
            return statuses;
        });
    }

    /** The member's status for one topic with when it was set, if they set one. */
    public Optional<TopicMark> mark(long userId, String roadmapId, String topicId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + MARK_COLUMNS + " FROM topic_status WHERE user_id = ? AND roadmap_id = ? AND topic_id = ?",
                TopicStatusRepository::mark,
                userId,
                roadmapId,
                topicId));
    }

    /** Every status the member set in one roadmap, with when. */
    public List<TopicMark> marks(long userId, String roadmapId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + MARK_COLUMNS + " FROM topic_status WHERE user_id = ? AND roadmap_id = ? ORDER BY topic_id",
                TopicStatusRepository::mark,
                userId,
                roadmapId));
    }

    /** Every status any member of the team set in one roadmap; no other team's rows. */
    public List<TopicMark> teamMarks(long teamId, String roadmapId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT s.user_id, s.topic_id, s.status, s.updated_at FROM topic_status s"
                        + " JOIN users u ON u.id = s.user_id"
                        + " WHERE u.team_id = ? AND s.roadmap_id = ? ORDER BY s.user_id, s.topic_id",
                TopicStatusRepository::mark,
                teamId,
                roadmapId));
    }

    private static TopicMark mark(ResultSet rs) throws SQLException {
        return new TopicMark(
                rs.getLong("user_id"),
                rs.getString("topic_id"),
                TopicStatus.fromCode(rs.getString("status")),
                Sql.instant(rs, "updated_at"));
    }

    /** For each topic and status, how many of the team's members have it: the team's coverage. */
    public List<TopicCount> teamCounts(long teamId, String roadmapId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT s.topic_id, s.status, COUNT(*) AS members FROM topic_status s"
                        + " JOIN users u ON u.id = s.user_id"
                        + " WHERE u.team_id = ? AND s.roadmap_id = ?"
                        + " GROUP BY s.topic_id, s.status ORDER BY s.topic_id, s.status",
                rs -> new TopicCount(rs.getString(1), TopicStatus.fromCode(rs.getString(2)), rs.getInt(3)),
                teamId,
                roadmapId));
    }
}
