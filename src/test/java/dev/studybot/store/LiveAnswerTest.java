package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("What the daily quiz adds to the store: live answers, practice, schedules, quiz channels")
class LiveAnswerTest {
    /** 10 per right answer, 3/2/1 for the first three right, 1 per streak quiz beyond the first. */
    static final PointsRule POINTS = new PointsRule() {
        @Override
        public int rankedPlaces() {
            return 3;
        }

        @Override
        public Map<ScoreReason, Integer> points(int rightRank, Streak streakAfter) {
            Map<ScoreReason, Integer> points = new EnumMap<>(ScoreReason.class);
            if (rightRank > 0) {
                points.put(ScoreReason.CORRECT, 10);
                if (rightRank <= 3) {
                    points.put(ScoreReason.FIRST, 4 - rightRank);
                }
                if (streakAfter != null && streakAfter.current() > 1) {
                    points.put(ScoreReason.STREAK, streakAfter.current() - 1);
                }
            }
            return points;
        }
    };

    static AnswerWrite live(Fixtures.World world, long userId, boolean correct, Instant at) {
        return new AnswerWrite(
                world.team().id(),
                world.channel().id(),
                world.quiz().id(),
                userId,
                correct ? 2 : 0,
                correct,
                at,
                world.quiz().localDate(),
                world.quiz().roadmapId(),
                world.quiz().questionId(),
                Map.of(),
                PeriodKey.of(world.quiz().localDate()),
                current -> new Streak(
                        userId,
                        world.channel().id(),
                        correct ? 1 : 0,
                        correct ? 1 : 0,
                        world.quiz().id(),
                        at),
                POINTS,
                current -> new ReviewState(
                        userId,
                        world.quiz().roadmapId(),
                        world.quiz().questionId(),
                        world.quiz().topicId(),
                        current.map(ReviewState::repetitions).orElse(0) + 1,
                        1,
                        2.5,
                        0,
                        at.plus(Duration.ofDays(1)),
                        at));
    }

    @BothDatabases
    @DisplayName("GIVEN twelve members answering right at the same moment WHEN their live answers are recorded THEN"
            + " exactly one each earns the first, second and third bonus, and their ranks follow the answers' order")
    void firstBonusesUnderARace(Database db) throws Exception {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(fixtures.user(world.team().id(), "m" + i));
        }
        ScoreRepository scores = new ScoreRepository(db);
        Instant at = world.quiz().openedAt().plusSeconds(30);
        CyclicBarrier together = new CyclicBarrier(members.size());
        ExecutorService threads = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<ScoredAnswer>> results = new ArrayList<>();
            for (long member : members) {
                results.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return scores.recordAnswer(live(world, member, true, at));
                }));
            }
            List<Integer> points = new ArrayList<>();
            for (Future<ScoredAnswer> result : results) {
                ScoredAnswer scored = result.get(30, TimeUnit.SECONDS);
                assertThat(scored.recorded()).isTrue();
                points.add(scored.result().answer().points());
            }
            assertThat(points).containsExactlyInAnyOrder(13, 12, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10);
            List<Answer> answers = new ArrayList<>(
                    new AnswerRepository(db).answersOf(world.quiz().id()));
            answers.sort(java.util.Comparator.comparingLong(Answer::id));
            assertThat(answers.subList(0, 3)).extracting(Answer::points).containsExactly(13, 12, 11);
        } finally {
            threads.shutdownNow();
        }
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a live answer WHEN its quiz has closed, or its window has passed THEN nothing is written and the"
                    + " caller is told the quiz closed; a wrong answer earns nothing and takes no place")
    void closedQuizTakesNoAnswer(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        long bo = fixtures.user(world.team().id(), "bo");
        long cy = fixtures.user(world.team().id(), "cy");
        ScoreRepository scores = new ScoreRepository(db);

        ScoredAnswer wrong = scores.recordAnswer(
                live(world, ada, false, world.quiz().openedAt().plusSeconds(1)));
        ScoredAnswer right = scores.recordAnswer(
                live(world, bo, true, world.quiz().openedAt().plusSeconds(2)));
        ScoredAnswer late =
                scores.recordAnswer(live(world, cy, true, world.quiz().closesAt()));

        assertThat(wrong.result().answer().points()).isZero();
        assertThat(right.result().answer().points())
                .as("the first right answer")
                .isEqualTo(13);
        assertThat(late.quizClosed()).isTrue();
        assertThat(late.result()).isNull();
        new QuizRepository(db).close(world.quiz().id(), world.quiz().openedAt().plusSeconds(3));
        ScoredAnswer afterClose = scores.recordAnswer(
                live(world, cy, true, world.quiz().openedAt().plusSeconds(4)));
        assertThat(afterClose.quizClosed()).isTrue();
        assertThat(new AnswerRepository(db).answersOf(world.quiz().id())).hasSize(2);
        assertThat(new ReviewRepository(db).get(bo, "go-roadmap", "q-goroutines-1"))
                .map(ReviewState::repetitions)
                .contains(1);
        assertThat(new ReviewRepository(db).get(cy, "go-roadmap", "q-goroutines-1"))
                .isEmpty();
    }

    @BothDatabases
    @DisplayName("GIVEN a practice question shown at a moment WHEN the member's answer is recorded twice THEN the first"
            + " saves the review state and the attempt together, the second changes nothing")
    void practiceIsRecordedOnce(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        Team team = fixtures.team();
        long ada = fixtures.user(team.id(), "ada");
        ReviewRepository reviews = new ReviewRepository(db);
        Instant asked = clock.instant();
        Instant answered = asked.plusSeconds(20);
        ReviewState next = new ReviewState(
                ada, "go-roadmap", "q1", "1.1", 1, 1, 2.5, 0, answered.plus(Duration.ofDays(1)), answered);
        PracticeAttempt attempt = new PracticeAttempt(0, ada, "go-roadmap", "q1", "1.1", true, answered);

        assertThat(reviews.recordPractice(next, attempt, asked)).isTrue();
        assertThat(reviews.recordPractice(next, attempt, asked)).isFalse();

        assertThat(new AnswerRepository(db).recentPractice(ada, 10)).hasSize(1);
        assertThat(reviews.reviewedQuestionIds(ada, "go-roadmap")).containsExactly("q1");
        assertThat(reviews.nextDue(ada, "go-roadmap"))
                .map(ReviewState::dueAt)
                .contains(answered.plus(Duration.ofDays(1)));
        Instant later = answered.plus(Duration.ofDays(1));
        ReviewState again =
                new ReviewState(ada, "go-roadmap", "q1", "1.1", 2, 6, 2.5, 0, later.plus(Duration.ofDays(6)), later);
        assertThat(reviews.recordPractice(
                        again,
                        new PracticeAttempt(0, ada, "go-roadmap", "q1", "1.1", true, later),
                        later.minusSeconds(5)))
                .as("shown again after the last review")
                .isTrue();
        assertThat(reviews.get(ada, "go-roadmap", "q1"))
                .map(ReviewState::intervalDays)
                .contains(6);
    }

    @BothDatabases
    @DisplayName("GIVEN a new channel WHEN it is created with the configured defaults and then scheduled THEN it starts"
            + " with those settings, the schedule records when it began, and the scheduler lists it with its team")
    void channelsAndSchedules(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        Team team = fixtures.team();
        TeamRepository teams = new TeamRepository(db);
        QuizSettings defaults = new QuizSettings(
                false,
                LocalTime.of(8, 15),
                ZoneId.of("Asia/Shanghai"),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                1,
                2,
                240,
                RevealMode.IMMEDIATE);
        String external = Fixtures.unique("channel");

        ChannelSettings created = teams.upsertChannel(team.id(), external, external, defaults);
        assertThat(created.quiz()).isEqualTo(defaults);
        assertThat(created.quizSince()).isNull();
        assertThat(teams.findChannel(team.id(), external)).contains(created);

        clock.advance(Duration.ofMinutes(1));
        QuizSettings on = new QuizSettings(
                true,
                LocalTime.of(9, 30),
                ZoneId.of("UTC"),
                EnumSet.allOf(DayOfWeek.class),
                1,
                2,
                240,
                RevealMode.CLOSE);
        ChannelSettings scheduled = teams.scheduleQuiz(created.id(), on).orElseThrow();
        assertThat(scheduled.quiz()).isEqualTo(on);
        assertThat(scheduled.quizSince()).isEqualTo(clock.instant());
        ChannelSettings changed = teams.updateQuizSettings(
                        created.id(),
                        new QuizSettings(true, on.time(), on.zone(), on.days(), 2, 2, 60, RevealMode.CLOSE))
                .orElseThrow();
        assertThat(changed.quizSince())
                .as("a settings change keeps the schedule's start")
                .isEqualTo(clock.instant());

        assertThat(teams.quizChannels())
                .filteredOn(c -> c.channel().id() == created.id())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.team()).isEqualTo(team);
                    assertThat(c.channel().quiz().levelMin()).isEqualTo(2);
                });
        assertThat(teams.findTeam(team.platform(), team.externalId())).contains(team);
        assertThat(teams.findTeam(team.platform(), "no-such-guild")).isEmpty();
    }

    @BothDatabases
    @DisplayName("GIVEN a claimed quiz WHEN it is marked posted THEN its question counts as asked once in the team's"
            + " statistics; the channel's history and previous posted daily quiz skip what was never posted")
    void postedQuizCountsAsAsked(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        QuizRepository quizzes = new QuizRepository(db);

        assertThat(new QuestionStatsRepository(db).stats(world.team().id(), "go-roadmap", "q-goroutines-1"))
                .map(QuestionStats::asked)
                .contains(1);
        Quiz skipped = quizzes.markSkipped(world.channel().id(), Fixtures.DAY.plusDays(1), clock.instant());
        assertThat(skipped.state()).isEqualTo(QuizState.SKIPPED);
        assertThat(quizzes.previousPostedDaily(world.channel().id(), Fixtures.DAY.plusDays(2)))
                .map(Quiz::id)
                .contains(world.quiz().id());
        assertThat(quizzes.askedQuestionIds(world.channel().id())).containsExactly("q-goroutines-1");
        assertThat(quizzes.openQuizzes(world.channel().id()))
                .extracting(Quiz::id)
                .containsExactly(world.quiz().id());
        assertThat(quizzes.dailiesFrom(world.channel().id(), Fixtures.DAY))
                .extracting(Quiz::localDate)
                .containsExactly(Fixtures.DAY, Fixtures.DAY.plusDays(1));
        assertThat(quizzes.lastPosted(world.channel().id()))
                .map(Quiz::id)
                .contains(world.quiz().id());
        assertThat(skipped.messageId()).isNull();
    }
}
