package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * Answers waiting for the same commit are recorded together ({@link AnswerBatch}): the outcome for
 * each answer, and every row written, must be what recording them one after another gives.
 */
@DisplayName("Answers recorded together, a few statements for the whole group")
class AnswerBatchTest {
    private static final List<String> MEMBERS = List.of("ada", "bob", "cy", "dee", "eve");

    /** One team, one channel, two open daily quizzes on the same question, five members. */
    private record Scene(Fixtures.World world, Quiz second, Map<String, Long> members, Map<Long, String> names) {
        long member(String name) {
            return members.get(name);
        }

        Quiz quiz(int n) {
            return n == 1 ? world.quiz() : second;
        }

        String member(long id) {
            return names.getOrDefault(id, "member " + id);
        }

        String quizName(long id) {
            return id == world.quiz().id() ? "q1" : id == second.id() ? "q2" : "quiz " + id;
        }
    }

    private static Scene scene(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        Quiz second = fixtures.openQuiz(world.channel().id(), Fixtures.DAY.plusDays(1));
        Map<String, Long> members = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (String name : MEMBERS) {
            long id = fixtures.user(world.team().id(), name);
            members.put(name, id);
            names.put(id, name);
        }
        return new Scene(world, second, members, names);
    }

    /** A live answer: points from its place and streak, a streak that grows with right answers, a review. */
    private static AnswerWrite live(Scene s, String member, int quiz, boolean correct, Instant at) {
        long userId = s.member(member);
        Quiz q = s.quiz(quiz);
        long channelId = s.world().channel().id();
        return new AnswerWrite(
                s.world().team().id(),
                channelId,
                q.id(),
                userId,
                correct ? 2 : 0,
                correct,
                at,
                q.localDate(),
                q.roadmapId(),
                q.questionId(),
                Map.of(),
                PeriodKey.of(q.localDate()),
                current -> {
                    int run = correct ? current.map(Streak::current).orElse(0) + 1 : 0;
                    int best = Math.max(run, current.map(Streak::best).orElse(0));
                    return new Streak(userId, channelId, run, best, q.id(), at);
                },
                LiveAnswerTest.POINTS,
                current -> new ReviewState(
                        userId,
                        q.roadmapId(),
                        q.questionId(),
                        q.topicId(),
                        correct ? current.map(ReviewState::repetitions).orElse(0) + 1 : 0,
                        1,
                        2.5,
                        correct ? 0 : 1,
                        at.plus(Duration.ofDays(1)),
                        at));
    }

    /** An answer with its points given (no rule: it does not look at the quiz or places). */
    private static AnswerWrite fixed(Scene s, String member, int quiz, Instant at) {
        Quiz q = s.quiz(quiz);
        Map<ScoreReason, Integer> points = new EnumMap<>(ScoreReason.class);
        points.put(ScoreReason.CORRECT, 7);
        return new AnswerWrite(
                s.world().team().id(),
                s.world().channel().id(),
                q.id(),
                s.member(member),
                2,
                true,
                at,
                q.localDate(),
                q.roadmapId(),
                q.questionId(),
                points,
                PeriodKey.of(q.localDate()),
                null);
    }

    /** The same live answer given by another member, with another streak rule and no review. */
    private static AnswerWrite byMember(AnswerWrite w, long userId, StreakRule streak) {
        return new AnswerWrite(
                w.teamId(),
                w.channelId(),
                w.quizId(),
                userId,
                w.option(),
                w.correct(),
                w.answeredAt(),
                w.localDate(),
                w.roadmapId(),
                w.questionId(),
                Map.of(),
                w.periods(),
                streak,
                LiveAnswerTest.POINTS,
                null);
    }

    /** Recorded before the group: ada right and bob wrong on the first quiz. */
    private static List<AnswerWrite> earlier(Scene s) {
        Instant at = s.quiz(1).openedAt().plusSeconds(10);
        return List.of(live(s, "ada", 1, true, at), live(s, "bob", 1, false, at));
    }

    /**
     * The group: places after earlier right answers and within the group, a stored answer and a
     * repeat within the group, a streak and a review state that the group itself moves twice, a late
     * answer, an answer with fixed points taking a place.
     */
    private static List<AnswerWrite> group(Scene s) {
        Instant at = s.quiz(1).openedAt().plusSeconds(60);
        Instant late = s.quiz(2).closesAt().plusSeconds(1);
        return List.of(
                live(s, "cy", 1, true, at), // second right on q1: 10 + 2
                live(s, "ada", 1, true, at), // answered before the group
                live(s, "dee", 1, true, at), // third right on q1: 10 + 1
                live(s, "cy", 1, false, at), // cy again, within the group
                live(s, "bob", 2, true, at), // first right on q2: 10 + 3, a new run
                live(s, "cy", 2, true, at), // second on q2 and a run of 2: 10 + 2 + 1
                live(s, "dee", 2, true, late), // after q2 closed
                fixed(s, "ada", 2, at), // 7, and takes the third place on q2
                live(s, "eve", 2, true, at), // fourth right on q2: 10
                live(s, "eve", 1, false, at)); // wrong: 0
    }

    /** What a member hears: recorded, already answered or closed, with points and the run. */
    private static List<String> outcomes(Scene s, List<ScoredAnswer> results) {
        List<String> lines = new ArrayList<>();
        for (ScoredAnswer scored : results) {
            if (scored.quizClosed()) {
                lines.add("closed");
                continue;
            }
            Answer answer = scored.result().answer();
            String kind = scored.recorded() ? "recorded" : "already";
            lines.add(kind + " " + s.member(answer.userId()) + " " + s.quizName(answer.quizId()) + " option "
                    + answer.option() + " points " + answer.points()
                    + scored.streak()
                            .map(r -> " run " + r.current() + "/" + r.best())
                            .orElse(""));
        }
        return lines;
    }

    /** Every row the answers touched, with the scene's names for ids, in the order they were written. */
    private static List<String> rows(Database db, Scene s) {
        long team = s.world().team().id();
        long channel = s.world().channel().id();
        long q1 = s.quiz(1).id();
        long q2 = s.quiz(2).id();
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            rows.addAll(Sql.list(
                    c,
                    "SELECT quiz_id, user_id, option, correct, answered_at, points FROM answers"
                            + " WHERE quiz_id IN (?, ?) ORDER BY id",
                    rs -> "answer " + s.quizName(rs.getLong(1)) + " " + s.member(rs.getLong(2)) + " " + rs.getInt(3)
                            + " " + rs.getInt(4) + " " + rs.getLong(5) + " " + rs.getInt(6),
                    q1,
                    q2));
            rows.addAll(Sql.list(
                    c,
                    "SELECT e.user_id, e.quiz_id, e.points, e.reason, e.local_date, a.user_id, a.quiz_id"
                            + " FROM score_events e JOIN answers a ON a.id = e.answer_id"
                            + " WHERE e.team_id = ? ORDER BY e.id",
                    rs -> "event " + s.member(rs.getLong(1)) + " " + s.quizName(rs.getLong(2)) + " " + rs.getInt(3)
                            + " " + rs.getString(4) + " " + rs.getString(5) + " of " + s.member(rs.getLong(6))
                            + "/" + s.quizName(rs.getLong(7)),
                    team));
            rows.addAll(Sql.list(
                    c,
                    "SELECT period_kind, period_key, user_id, points, correct, reached_at FROM leaderboard_totals"
                            + " WHERE team_id = ? ORDER BY period_kind, period_key, user_id",
                    rs -> "total " + rs.getString(1) + " " + rs.getString(2) + " " + s.member(rs.getLong(3)) + " "
                            + rs.getInt(4) + " " + rs.getInt(5) + " " + rs.getLong(6),
                    team));
            rows.addAll(Sql.list(
                    c,
                    "SELECT period_kind, period_key, points, members FROM leaderboard_points"
                            + " WHERE team_id = ? AND members <> 0 ORDER BY period_kind, period_key, points",
                    rs -> "points " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " x"
                            + rs.getInt(4),
                    team));
            rows.addAll(Sql.list(
                    c,
                    "SELECT question_id, asked, answered, correct FROM question_stats WHERE team_id = ?",
                    rs -> "stats " + rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4),
                    team));
            rows.addAll(Sql.list(
                    c,
                    "SELECT user_id, current, best, last_quiz_id, updated_at FROM streaks WHERE channel_id = ?"
                            + " ORDER BY user_id",
                    rs -> "streak " + s.member(rs.getLong(1)) + " " + rs.getInt(2) + "/" + rs.getInt(3) + " "
                            + s.quizName(rs.getLong(4)) + " " + rs.getLong(5),
                    channel));
            for (String member : MEMBERS) {
                rows.addAll(Sql.list(
                        c,
                        "SELECT question_id, repetitions, lapses, due_at FROM review_state WHERE user_id = ?",
                        rs -> "review " + member + " " + rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " "
                                + rs.getLong(4),
                        s.member(member)));
            }
            return rows;
        });
    }

    /** The group recorded one answer at a time, each its own transaction: what the group must match. */
    private static List<String> oneByOne(Database db, Scene s, ScoreRepository scores) {
        earlier(s).forEach(scores::recordAnswer);
        List<ScoredAnswer> results = new ArrayList<>();
        for (AnswerWrite write : group(s)) {
            results.add(scores.recordAnswer(write));
        }
        return outcomes(s, results);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN ten answers of five members to two quizzes, with repeats, a late one and places taken earlier WHEN they are recorded as one group THEN every member hears what one-by-one recording tells them and the same rows are written")
    void aGroupIsRecordedAsOneByOne(Database db, Dialect dialect) {
        ScoreRepository scores = new ScoreRepository(db);
        Scene alone = scene(db);
        List<String> expected = oneByOne(db, alone, scores);

        Scene together = scene(db);
        earlier(together).forEach(scores::recordAnswer);
        List<ScoredAnswer> results =
                db.inTransaction(c -> AnswerBatch.of(dialect).runAll(c, group(together)));

        assertThat(outcomes(together, results)).containsExactlyElementsOf(expected);
        assertThat(rows(db, together)).containsExactlyElementsOf(rows(db, alone));
        assertThat(expected)
                .containsExactly(
                        "recorded cy q1 option 2 points 12 run 1/1",
                        "already ada q1 option 2 points 13",
                        "recorded dee q1 option 2 points 11 run 1/1",
                        "already cy q1 option 2 points 12",
                        "recorded bob q2 option 2 points 13 run 1/1",
                        "recorded cy q2 option 2 points 13 run 2/2",
                        "closed",
                        "recorded ada q2 option 2 points 7",
                        "recorded eve q2 option 2 points 10 run 1/1",
                        "recorded eve q1 option 0 points 0 run 0/1");
        assertThat(rows(db, together))
                .contains("stats " + Fixtures.QUESTION.questionId() + " 2 9 7")
                .anyMatch(row -> row.startsWith("review cy " + Fixtures.QUESTION.questionId() + " 2 0"));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN answers queued while the writer is busy WHEN it takes them THEN they are recorded together with the outcome and rows of one-by-one recording")
    void queuedAnswersAreRecordedTogether(Database db) throws Exception {
        ScoreRepository scores = new ScoreRepository(db);
        Scene alone = scene(db);
        List<String> expected = oneByOne(db, alone, scores);

        Scene together = scene(db);
        earlier(together).forEach(scores::recordAnswer);
        List<CompletableFuture<ScoredAnswer>> futures = queuedTogether(db, scores, group(together));
        List<ScoredAnswer> results = new ArrayList<>();
        for (CompletableFuture<ScoredAnswer> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }

        assertThat(outcomes(together, results)).containsExactlyElementsOf(expected);
        assertThat(rows(db, together)).containsExactlyElementsOf(rows(db, alone));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a group of queued answers, one of them by a member the database does not know WHEN they are recorded THEN that answer alone fails and the others are recorded as one by one")
    void aRefusedAnswerFailsAlone(Database db) throws Exception {
        Scene s = scene(db);
        AnswerWrite good = live(s, "ada", 1, true, s.quiz(1).openedAt().plusSeconds(60));
        // no such member: the answer's foreign key refuses it
        onlyTheMiddleFails(db, s, byMember(good, Long.MAX_VALUE - 7, null), StoreException.class);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN the same answer twice in one group (a double press) WHEN they are recorded together THEN the first is recorded and the second is told it was already answered")
    void theSameAnswerTwiceInAGroup(Database db, Dialect dialect) {
        Scene s = scene(db);
        AnswerWrite write = live(s, "ada", 1, true, s.quiz(1).openedAt().plusSeconds(5));

        List<ScoredAnswer> results =
                db.inTransaction(c -> AnswerBatch.of(dialect).runAll(c, List.of(write, write)));

        assertThat(outcomes(s, results))
                .containsExactly("recorded ada q1 option 2 points 13 run 1/1", "already ada q1 option 2 points 13");
        assertThat(new AnswerRepository(db).answersOf(s.quiz(1).id())).hasSize(1);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a group of queued answers, one whose points cannot be worked out (a bug) WHEN they are recorded THEN that answer alone fails and the others are recorded")
    void anAnswerThatThrowsFailsAlone(Database db) throws Exception {
        Scene s = scene(db);
        AnswerWrite good = live(s, "ada", 1, true, s.quiz(1).openedAt().plusSeconds(60));
        AnswerWrite broken = byMember(good, s.member("dee"), current -> {
            throw new IllegalStateException("no streak for you");
        });
        onlyTheMiddleFails(db, s, broken, IllegalStateException.class);
    }

    /**
     * Ada's right answer, {@code bad}, then Bob's right answer, queued as one group: Ada gets the
     * first place, {@code bad} fails with {@code cause} and takes nothing, Bob gets the second place.
     */
    private static void onlyTheMiddleFails(Database db, Scene s, AnswerWrite bad, Class<? extends Throwable> cause)
            throws Exception {
        Instant at = s.quiz(1).openedAt().plusSeconds(60);
        List<CompletableFuture<ScoredAnswer>> futures = queuedTogether(
                db, new ScoreRepository(db), List.of(live(s, "ada", 1, true, at), bad, live(s, "bob", 1, true, at)));

        assertThat(futures.get(0).get(30, TimeUnit.SECONDS).result().answer().points())
                .isEqualTo(13);
        assertThatThrownBy(futures.get(1)::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(cause);
        assertThat(futures.get(2).get(30, TimeUnit.SECONDS).result().answer().points())
                .as("the failed answer took no place")
                .isEqualTo(12);
        assertThat(new AnswerRepository(db).answersOf(s.quiz(1).id()))
                .extracting(Answer::userId)
                .containsExactly(s.member("ada"), s.member("bob"));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a busy writer WHEN a member's answer waits longer than allowed THEN they are told to try again, and the retry finds the answer saved")
    void anAnswerWaitingTooLongIsToldToTryAgain(Database db) throws Exception {
        ScoreRepository scores = new ScoreRepository(db);
        Scene s = scene(db);
        AnswerWrite write = live(s, "ada", 1, true, s.quiz(1).openedAt().plusSeconds(5));
        try (HeldWriter writer = HeldWriter.hold(db)) {
            assertThatThrownBy(() -> scores.recordAnswer(write, Duration.ofMillis(200)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The database took too long to save this; try again in a moment.");
        }

        ScoredAnswer retry = scores.recordAnswer(write, Duration.ofSeconds(30));
        assertThat(retry.result()).isInstanceOf(RecordResult.AlreadyAnswered.class);
        assertThat(retry.result().answer().points()).isEqualTo(13);
    }

    @org.junit.jupiter.api.Test
    @DisplayName(
            "GIVEN group sizes WHEN they are padded for the statements' texts THEN each becomes the next power of two")
    void paddedSizes() {
        assertThat(List.of(1, 2, 3, 4, 5, 8, 9, 200, 256))
                .extracting(AnswerBatch::padded)
                .containsExactly(1, 2, 4, 4, 8, 8, 16, 256, 256);
    }

    /** Queues the answers while the writer is held, so they are taken, and recorded, as one group. */
    private static List<CompletableFuture<ScoredAnswer>> queuedTogether(
            Database db, ScoreRepository scores, List<AnswerWrite> writes) throws InterruptedException {
        List<CompletableFuture<ScoredAnswer>> futures = new ArrayList<>();
        try (HeldWriter writer = HeldWriter.hold(db)) {
            for (AnswerWrite write : writes) {
                futures.add(scores.recordAnswerAsync(write));
            }
        }
        return futures;
    }
}
