package dev.studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Quizzes of a channel. The daily quiz is claimed before it is posted: the unique index on
 * (channel, local date) lets exactly one process win, and a claim whose lease ran out (its process
 * died) can be taken over.
 */
public final class QuizRepository {
    private static final String COLUMNS = "id, channel_id, kind, local_date, roadmap_id, question_id, topic_id,"
            + " options_order, state, message_id, claimed_by, claim_expires_at, scheduled_at, opened_at, closes_at,"
            + " closed_at";
    /** A new quiz held by a claim; parameters as {@link #claimedRow} lists them. */
    private static final String INSERT_CLAIMED = "INSERT INTO quizzes (channel_id, kind, local_date, roadmap_id,"
            + " question_id, topic_id, options_order, state, claimed_by, claim_expires_at, scheduled_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?, ?)";

    private final Database db;

    public QuizRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Claims the channel's daily quiz for {@code localDate} on behalf of {@code claimedBy} (a
     * process id) for {@code lease}. Wins when there is no quiz that day yet, when the day's quiz
     * failed to post, when its claim's lease has expired, or when {@code claimedBy} already holds
     * it (a retry).
     */
    public ClaimResult claimDaily(
            long channelId,
            LocalDate localDate,
            QuestionPick question,
            String claimedBy,
            Instant scheduledAt,
            Duration lease) {
        Objects.requireNonNull(question, "question");
        TeamRepository.requireText(claimedBy, "claimedBy");
        Instant now = db.clock().instant();
        Instant expires = now.plus(lease);
        return db.inTransaction(c -> {
            Object[] row = claimedRow(channelId, QuizKind.DAILY, localDate, question, claimedBy, expires, scheduledAt);
            Object[] params = Arrays.copyOf(row, row.length + 1);
            params[row.length] = now;
            Optional<Long> id = Sql.first(
                    c,
                    INSERT_CLAIMED
                            + " ON CONFLICT (channel_id, local_date) WHERE kind = 'daily' DO UPDATE SET"
                            + " roadmap_id = excluded.roadmap_id, question_id = excluded.question_id,"
                            + " topic_id = excluded.topic_id, options_order = excluded.options_order,"
                            + " state = 'claimed', message_id = NULL, claimed_by = excluded.claimed_by,"
                            + " claim_expires_at = excluded.claim_expires_at, scheduled_at = excluded.scheduled_at,"
                            + " opened_at = NULL, closes_at = NULL"
                            + " WHERE quizzes.state = 'failed' OR (quizzes.state = 'claimed'"
                            + " AND (quizzes.claim_expires_at < ? OR quizzes.claimed_by = excluded.claimed_by))"
                            + " RETURNING id",
                    rs -> rs.getLong(1),
                    params);
            if (id.isPresent()) {
                return new ClaimResult.Claimed(find(c, id.get()).orElseThrow());
            }
            return new ClaimResult.AlreadyTaken(daily(c, channelId, localDate).orElseThrow());
        });
    }

    /** Creates an extra quiz, claimed by {@code claimedBy} until it is marked posted or failed. */
    public Quiz createExtra(
            long channelId,
            LocalDate localDate,
            QuestionPick question,
            String claimedBy,
            Instant scheduledAt,
            Duration lease) {
        Objects.requireNonNull(question, "question");
        TeamRepository.requireText(claimedBy, "claimedBy");
        Instant expires = db.clock().instant().plus(lease);
        return db.inTransaction(c -> Sql.first(
                        c,
                        INSERT_CLAIMED + " RETURNING " + COLUMNS,
                        QuizRepository::quiz,
                        claimedRow(channelId, QuizKind.EXTRA, localDate, question, claimedBy, expires, scheduledAt))
                .orElseThrow());
    }

    /**
     * Records that the claimed quiz is posted and open, and counts its question as asked once more in
     * the team's question statistics; false, changing nothing, if the claim is no longer this caller's.
     */
    public boolean markPosted(long quizId, String claimedBy, String messageId, Instant openedAt, Instant closesAt) {
        return db.inTransaction(c -> {
            int posted = Sql.update(
                    c,
                    "UPDATE quizzes SET state = 'open', message_id = ?, opened_at = ?, closes_at = ?,"
                            + " claim_expires_at = NULL WHERE id = ? AND state = 'claimed' AND claimed_by = ?",
                    messageId,
                    openedAt,
                    closesAt,
                    quizId,
                    claimedBy);
            if (posted == 1) {
                // the WHERE keeps SQLite from reading ON CONFLICT as the join's ON
                Sql.update(
                        c,
                        "INSERT INTO question_stats (team_id, roadmap_id, question_id, asked, answered, correct)"
                                + " SELECT ch.team_id, q.roadmap_id, q.question_id, 1, 0, 0"
                                + " FROM quizzes q JOIN channels ch ON ch.id = q.channel_id WHERE q.id = ?"
                                + " ON CONFLICT (team_id, roadmap_id, question_id)"
                                + " DO UPDATE SET asked = question_stats.asked + 1",
                        quizId);
            }
            return posted == 1;
        });
    }

    /** Releases a claim whose post failed, so a later claim may retry the day; false if not this caller's. */
    public boolean markFailed(long quizId, String claimedBy) {
        return db.inTransaction(c -> Sql.update(
                        c,
                        "UPDATE quizzes SET state = 'failed', claim_expires_at = NULL"
                                + " WHERE id = ? AND state = 'claimed' AND claimed_by = ?",
                        quizId,
                        claimedBy))
                == 1;
    }

    /**
     * Records that the channel's daily quiz for {@code localDate} was missed beyond the grace
     * window. Takes the day unless a quiz is already posted, or a live claim holds it; returns the
     * day's row as it now stands (its state says which).
     */
    public Quiz markSkipped(long channelId, LocalDate localDate, Instant scheduledAt) {
        Instant now = db.clock().instant();
        return db.inTransaction(c -> {
            Sql.update(
                    c,
                    "INSERT INTO quizzes (channel_id, kind, local_date, state, scheduled_at)"
                            + " VALUES (?, 'daily', ?, 'skipped', ?)"
                            + " ON CONFLICT (channel_id, local_date) WHERE kind = 'daily' DO UPDATE SET"
                            + " state = 'skipped', claimed_by = NULL, claim_expires_at = NULL"
                            + " WHERE quizzes.state = 'failed'"
                            + " OR (quizzes.state = 'claimed' AND quizzes.claim_expires_at < ?)",
                    channelId,
                    localDate,
                    scheduledAt,
                    now);
            return daily(c, channelId, localDate).orElseThrow();
        });
    }

    /** Open quizzes whose window has passed by {@code now}, the longest overdue first. */
    public List<Quiz> dueToClose(Instant now) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + COLUMNS + " FROM quizzes WHERE state = 'open' AND closes_at <= ? ORDER BY closes_at, id",
                QuizRepository::quiz,
                now));
    }

    /** Closes an open quiz; true only for the one call that closed it, so the reveal is posted once. */
    public boolean close(long quizId, Instant at) {
        return db.inTransaction(c -> Sql.update(
                        c,
                        "UPDATE quizzes SET state = 'closed', closed_at = ? WHERE id = ? AND state = 'open'",
                        at,
                        quizId))
                == 1;
    }

    public Optional<Quiz> find(long quizId) {
        return db.read(c -> find(c, quizId));
    }

    /** The channel's daily quiz for the date, whatever its state. */
    public Optional<Quiz> findDaily(long channelId, LocalDate localDate) {
        return db.read(c -> daily(c, channelId, localDate));
    }

    /** The channel's open quizzes (normally at most one), the oldest first. */
    public List<Quiz> openQuizzes(long channelId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + COLUMNS + " FROM quizzes WHERE state = 'open' AND channel_id = ? ORDER BY id",
                QuizRepository::quiz,
                channelId));
    }

    /** The channel's daily quizzes dated {@code from} or later, whatever their state, oldest first. */
    public List<Quiz> dailiesFrom(long channelId, LocalDate from) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + COLUMNS + " FROM quizzes WHERE channel_id = ? AND kind = 'daily' AND local_date >= ?"
                        + " ORDER BY local_date",
                QuizRepository::quiz,
                channelId,
                from));
    }

    /**
     * The channel's latest daily quiz before {@code localDate} that was posted (open or closed): the
     * one a streak continues from. Skipped days and posts that failed are passed over.
     */
    public Optional<Quiz> previousPostedDaily(long channelId, LocalDate localDate) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM quizzes WHERE channel_id = ? AND kind = 'daily' AND local_date < ?"
                        + " AND opened_at IS NOT NULL ORDER BY local_date DESC LIMIT 1",
                QuizRepository::quiz,
                channelId,
                localDate));
    }

    /** Every question the channel was shown, in the order it was shown, repeats included. */
    public List<String> askedQuestionIds(long channelId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT question_id FROM quizzes WHERE channel_id = ? AND opened_at IS NOT NULL ORDER BY opened_at, id",
                rs -> rs.getString(1),
                channelId));
    }

    /** The channel's most recent quiz that was posted, open or closed. */
    public Optional<Quiz> lastPosted(long channelId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM quizzes WHERE channel_id = ? AND opened_at IS NOT NULL"
                        + " ORDER BY opened_at DESC, id DESC LIMIT 1",
                QuizRepository::quiz,
                channelId));
    }

    private static Object[] claimedRow(
            long channelId,
            QuizKind kind,
            LocalDate localDate,
            QuestionPick question,
            String claimedBy,
            Instant expires,
            Instant scheduledAt) {
        return new Object[] {
            channelId,
            kind,
            localDate,
            question.roadmapId(),
            question.questionId(),
            question.topicId(),
            question.optionsOrderCode(),
            claimedBy,
            expires,
            scheduledAt
        };
    }

    static Optional<Quiz> find(Connection c, long quizId) throws SQLException {
        return Sql.first(c, "SELECT " + COLUMNS + " FROM quizzes WHERE id = ?", QuizRepository::quiz, quizId);
    }

    private static Optional<Quiz> daily(Connection c, long channelId, LocalDate localDate) throws SQLException {
        return Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM quizzes WHERE channel_id = ? AND local_date = ? AND kind = 'daily'",
                QuizRepository::quiz,
                channelId,
                localDate);
    }

    static Quiz quiz(ResultSet rs) throws SQLException {
        String order = rs.getString("options_order");
        List<Integer> optionsOrder = order == null || order.isEmpty()
                ? List.of()
                : Arrays.stream(order.split(",")).map(Integer::valueOf).toList();
        return new Quiz(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                QuizKind.fromCode(rs.getString("kind")),
                Sql.date(rs, "local_date"),
                rs.getString("roadmap_id"),
                rs.getString("question_id"),
                rs.getString("topic_id"),
                optionsOrder,
                QuizState.fromCode(rs.getString("state")),
                rs.getString("message_id"),
                rs.getString("claimed_by"),
                Sql.instant(rs, "claim_expires_at"),
                Sql.instant(rs, "scheduled_at"),
                Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "closes_at"),
                Sql.instant(rs, "closed_at"));
    }
}
