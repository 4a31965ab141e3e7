package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Caller;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import dev.studybot.store.Answer;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.QuestionStats;
import dev.studybot.store.QuestionStatsRepository;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.RevealMode;
import dev.studybot.store.ReviewRepository;
import dev.studybot.store.ReviewState;
import dev.studybot.store.ScoreRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Answering the channel quiz, and its close and reveal: what members see and what is stored")
class QuizAnswersTest {
    private static final AtomicInteger GUILDS = new AtomicInteger();

    /** A channel of a new guild with today's quiz posted by /quiz now, and what tests need of it. */
    private record Posted(QuizWorld world, String guild, Quiz quiz, Question question, Reply post) {
        Caller member(String name) {
            return QuizWorld.caller(guild, QuizWorld.CHANNEL, name, false);
        }

        int right() {
            return quiz.optionsOrder().indexOf(question.answer());
        }

        int wrong() {
            return (right() + 1) % 4;
        }

        String button(int position) {
            return post.buttons().get(position).id();
        }

        Reply press(String name, int position) {
            return world.press(member(name), button(position));
        }

        /**
         * Closes this quiz as the routine does at the end of its window; other tests' quizzes in the
         * shared database are left alone.
         */
        boolean close() {
            QuizService.Where where = world.service.where(member("alice"));
            Quiz current = new QuizRepository(world.db).find(quiz.id()).orElseThrow();
            return world.service.closeAndReveal(current, where.team(), where.channel());
        }
    }

    private static Posted post(Database db, MutableClock clock, Instant at) {
        clock.set(at);
        QuizWorld world = new QuizWorld(db, clock, new FakeGateway());
        String guild = "guild-a" + GUILDS.incrementAndGet() + "-" + System.nanoTime();
        Caller admin = QuizWorld.caller(guild, QuizWorld.CHANNEL, "alice", true);
        assertThat(QuizWorld.text(world.command(admin, "now", Map.of()))).contains("已在本频道发布今天的每日一题");
        long channelId = world.service.where(admin).channel().id();
        Quiz quiz = new QuizRepository(db).openQuizzes(channelId).get(0);
        Question question = QuizWorld.CATALOG.pool().byId(quiz.questionId()).orElseThrow();
        return new Posted(
                world, guild, quiz, question, world.gateway.questions().get(0).reply());
    }

    @BothDatabases
    @DisplayName("GIVEN today's quiz WHEN it is posted THEN the channel sees the stem, four buttons A. to D. in the"
            + " quiz's shuffled order, the topic's path, and when it closes in the channel's zone")
    void thePost(Database db, MutableClock clock) throws Exception {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));

        assertThat(p.post().visibility()).isEqualTo(Reply.Visibility.PUBLIC);
        assertThat(p.post().title()).isEqualTo("每日一题 · 2026-11-10");
        assertThat(p.post().breadcrumb())
                .isEqualTo(String.join(
                        " › ",
                        QuizWorld.LIBRARY
                                .defaultRoadmap()
                                .byId(p.question().topicId())
                                .orElseThrow()
                                .path()));
        String text = QuizWorld.text(p.post());
        assertThat(text).contains(p.question().stem(), "11-10 17:30（UTC） 截止");
        assertThat(p.post().buttons()).hasSize(4);
        for (int position = 0; position < 4; position++) {
            Reply.Button button = p.post().buttons().get(position);
            assertThat(button.label())
                    .isEqualTo(Question.letter(position) + ". "
                            + p.question().options().get(p.quiz().optionsOrder().get(position)));
            ComponentId id = QuizWorld.CODEC.decode(button.id());
            assertThat(id)
                    .isEqualTo(ComponentId.of(
                            "quiz", "answer", Long.toString(p.quiz().id()), Integer.toString(position)));
        }
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a posted quiz WHEN a member presses twice, then after the close THEN the first press counts and"
                    + " they are told so at once, the second is told their answer stands, the late one that the quiz has closed")
    void firstPressCounts(Database db, MutableClock clock) {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));
        clock.advance(Duration.ofMinutes(3));

        Reply first = p.press("bob", p.wrong());
        Reply second = p.press("bob", p.right());
        clock.advance(Duration.ofHours(8));
        Reply late = p.press("carol", p.right());

        String picked = Question.letter(p.wrong());
        assertThat(first.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(QuizWorld.text(first)).contains("已记录你的答案 " + picked + "。11-10 17:30（UTC） 截止后揭晓。");
        assertThat(QuizWorld.text(first)).doesNotContain("正确", "错误");
        assertThat(QuizWorld.text(second)).contains("你已经答过这道题了，你的答案是 " + picked + "。");
        assertThat(QuizWorld.text(late)).contains("这道题已经截止");
        List<Answer> answers = new AnswerRepository(db).answersOf(p.quiz().id());
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.option()).isEqualTo(p.quiz().optionsOrder().get(p.wrong()));
            assertThat(a.correct()).isFalse();
            assertThat(a.points()).isZero();
        });
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a button that is not this channel's live quiz WHEN pressed THEN it is refused with a sentence and"
                    + " nothing is stored: another channel's quiz, an option beyond D, a quiz that does not exist, a forged id")
    void foreignAndForgedButtons(Database db, MutableClock clock) {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));
        Caller elsewhere = QuizWorld.caller(p.guild(), "another-channel", "bob", false);
        Caller otherGuild = QuizWorld.caller("guild-other-" + System.nanoTime(), QuizWorld.CHANNEL, "bob", false);
        String id = Long.toString(p.quiz().id());

        assertThat(QuizWorld.text(p.world().press(elsewhere, p.button(0)))).contains("这个按钮不属于这个频道的题目");
        assertThat(QuizWorld.text(p.world().press(otherGuild, p.button(0)))).contains("这个按钮不属于这个频道的题目");
        assertThat(QuizWorld.text(p.world().press(p.member("bob"), QuizWorld.CODEC.encode("quiz", "answer", id, "7"))))
                .contains("这个按钮不是本机器人发出的");
        assertThat(QuizWorld.text(
                        p.world().press(p.member("bob"), QuizWorld.CODEC.encode("quiz", "answer", "99999999", "1"))))
                .contains("这个按钮已过期");
        String real = p.button(1);
        String forged = real.substring(0, real.lastIndexOf(':') + 1) + "AAAAAAAA";
        assertThat(QuizWorld.text(p.world().press(p.member("bob"), forged))).contains("这个按钮不是本机器人发出的");
        assertThat(new AnswerRepository(db).answersOf(p.quiz().id())).isEmpty();
    }

    @BothDatabases
    @DisplayName("GIVEN one member pressing from 16 threads at once WHEN the presses race THEN one answer is stored and"
            + " every other press is told which answer stands")
    void answerRace(Database db, MutableClock clock) throws Exception {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));
        int threads = 16;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> presses = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int position = i % 4;
                presses.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return p.press("dora", position);
                }));
            }
            for (Future<Reply> press : presses) {
                replies.add(press.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Answer> answers = new AnswerRepository(db).answersOf(p.quiz().id());
        assertThat(answers).hasSize(1);
        String stands = QuizViews.letterOf(p.quiz(), answers.get(0).option());
        assertThat(replies)
                .filteredOn(r -> QuizWorld.text(r).contains("已记录你的答案 " + stands))
                .hasSize(1);
        assertThat(replies)
                .filteredOn(r -> QuizWorld.text(r).contains("你已经答过这道题了，你的答案是 " + stands))
                .hasSize(threads - 1);
        assertThat(new QuestionStatsRepository(db)
                        .stats(
                                p.world().service.where(p.member("dora")).team().id(),
                                "mini",
                                p.question().id()))
                .map(QuestionStats::answered)
                .contains(1);
    }

    @BothDatabases
    @DisplayName("GIVEN six answers, four right WHEN the window ends THEN the post is edited into the reveal: the right"
            + " answer, the explanation, 6 answered with 67% right, the first three right by name, a button"
            + " to read the topic; and the points: 13, 12, 11 for the first three right, 10 after, 0 when wrong")
    void closeAndReveal(Database db, MutableClock clock) throws Exception {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));
        String[] names = {"ann", "bob", "cat", "dan", "eve", "fay"};
        boolean[] right = {true, false, true, true, true, false};
        for (int i = 0; i < names.length; i++) {
            clock.advance(Duration.ofSeconds(10));
            p.press(names[i], right[i] ? p.right() : p.wrong());
        }
        clock.set(Instant.parse("2026-11-10T17:30:00Z"));
        assertThat(p.close()).isTrue();

        List<FakeGateway.Call> edits = p.world().gateway.edits();
        assertThat(edits).singleElement().satisfies(edit -> assertThat(edit.messageId())
                .isEqualTo(p.world().gateway.questions().get(0).messageId()));
        Reply reveal = edits.get(0).reply();
        String text = QuizWorld.text(reveal);
        String answer = Question.letter(p.right()) + ". "
                + p.question().options().get(p.question().answer());
        assertThat(reveal.title()).isEqualTo("答案揭晓 · 每日一题 · 2026-11-10");
        assertThat(text)
                .contains("正确答案：" + answer)
                .contains("✅ " + answer)
                .contains(p.question().explanation())
                .contains("6 人作答，4 人答对（67%）。最先答对：ann、cat、dan。")
                .contains("已于 11-10 17:30（UTC） 截止");
        assertThat(text).doesNotContain("eve");
        String topicTitle = QuizWorld.LIBRARY
                .defaultRoadmap()
                .byId(p.question().topicId())
                .orElseThrow()
                .title();
        assertThat(reveal.buttons()).singleElement().satisfies(b -> {
            assertThat(b.label()).isEqualTo("去读：" + topicTitle);
            assertThat(QuizWorld.CODEC.decode(b.id()))
                    .isEqualTo(ComponentId.of("topic", "open", p.question().topicId()));
        });
        assertThat(new QuizRepository(db).find(p.quiz().id()).orElseThrow().closedAt())
                .isEqualTo(clock.instant());

        List<Integer> points = new AnswerRepository(db)
                .answersOf(p.quiz().id()).stream().map(Answer::points).toList();
        assertThat(points).containsExactly(13, 0, 12, 11, 10, 0);
        long teamId = p.world().service.where(p.member("ann")).team().id();
        ScoreRepository scores = new ScoreRepository(db);
        for (PeriodKey period : PeriodKey.of(LocalDate.parse("2026-11-10"))) {
            assertThat(scores.top(teamId, period, 10))
                    .extracting(e -> e.displayName() + "=" + e.points())
                    .containsExactly("ann=13", "cat=12", "dan=11", "eve=10");
        }
        assertThat(new QuestionStatsRepository(db)
                        .stats(teamId, "mini", p.question().id()))
                .get()
                .satisfies(s -> {
                    assertThat(s.asked()).isEqualTo(1);
                    assertThat(s.answered()).isEqualTo(6);
                    assertThat(s.correct()).isEqualTo(4);
                });
        long bob = p.world()
                .service
                .store()
                .teams()
                .findUserByName(teamId, "bob")
                .orElseThrow()
                .id();
        assertThat(new ReviewRepository(db).get(bob, "mini", p.question().id()))
                .as("a wrong answer makes the question due for review tomorrow")
                .map(ReviewState::dueAt)
                .contains(Instant.parse("2026-11-10T09:30:20Z").plus(Duration.ofDays(1)));
        assertThat(p.close()).as("a quiz closes once").isFalse();
        assertThat(p.world().gateway.edits()).hasSize(1);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN the platform refuses the reveal's edit WHEN the quiz closes THEN the reveal is posted as a follow-up")
    void revealFollowsUpWhenTheEditFails(Database db, MutableClock clock) {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));
        p.world().gateway.failEdits(PostException.permanent("message deleted", null));
        clock.set(Instant.parse("2026-11-10T17:30:00Z"));

        p.close();

        assertThat(p.world().gateway.edits()).isEmpty();
        List<FakeGateway.Call> posts = p.world().gateway.posts();
        assertThat(posts).hasSize(2);
        assertThat(QuizWorld.text(posts.get(1).reply())).contains("答案揭晓", "这道题没有人作答。");
    }

    @BothDatabases
    @DisplayName("GIVEN reveal mode immediate WHEN a member answers THEN they also learn privately whether they were"
            + " right, their points and the explanation")
    void immediateReveal(Database db, MutableClock clock) {
        Posted p = post(db, clock, Instant.parse("2026-11-10T09:30:00Z"));
        p.world().service.change(p.world().service.where(p.member("bob")), s -> s.withRevealMode(RevealMode.IMMEDIATE));
        String answer = Question.letter(p.right()) + ". "
                + p.question().options().get(p.question().answer());

        Reply right = p.press("bob", p.right());
        Reply wrong = p.press("cat", p.wrong());

        assertThat(QuizWorld.text(right))
                .contains("已记录你的答案 " + Question.letter(p.right()) + "。")
                .contains("回答正确！正确答案是 " + answer + "，你得到 13 分。")
                .contains(p.question().explanation());
        assertThat(QuizWorld.text(wrong))
                .contains("回答错误。正确答案是 " + answer + "。", p.question().explanation());
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a channel in Asia/Shanghai WHEN its quiz of Monday 30 November is answered on Sunday evening UTC"
                    + " THEN the points count for that local date's week and month (2026-W49), not UTC's")
    void periodsByTheChannelsZone(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-29T20:00:00Z"));
        QuizWorld world = new QuizWorld(db, clock, new FakeGateway());
        String guild = "guild-zone-" + System.nanoTime();
        Caller admin = QuizWorld.caller(guild, QuizWorld.CHANNEL, "alice", true);
        world.command(admin, "schedule", Map.of("time", "07:00", "zone", "Asia/Shanghai", "days", "daily"));
        clock.set(Instant.parse("2026-11-29T23:00:00Z"));
        world.tick();
        long channelId = world.service.where(admin).channel().id();
        Quiz quiz = new QuizRepository(db).openQuizzes(channelId).get(0);
        Question question = QuizWorld.CATALOG.pool().byId(quiz.questionId()).orElseThrow();
        Reply post = world.gateway.questions().get(0).reply();

        world.press(
                admin,
                post.buttons()
                        .get(quiz.optionsOrder().indexOf(question.answer()))
                        .id());

        long teamId = world.service.where(admin).team().id();
        ScoreRepository scores = new ScoreRepository(db);
        assertThat(quiz.localDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(scores.rankOf(teamId, PeriodKey.week(LocalDate.parse("2026-11-30")), 0))
                .isEmpty();
        long alice = world.service
                .store()
                .teams()
                .findUserByName(teamId, "alice")
                .orElseThrow()
                .id();
        assertThat(scores.rankOf(teamId, new PeriodKey(dev.studybot.store.PeriodKind.WEEK, "2026-W49"), alice))
                .get()
                .satisfies(e -> assertThat(e.points()).isEqualTo(13));
        assertThat(scores.rankOf(teamId, new PeriodKey(dev.studybot.store.PeriodKind.WEEK, "2026-W48"), alice))
                .isEmpty();
        assertThat(scores.rankOf(teamId, new PeriodKey(dev.studybot.store.PeriodKind.MONTH, "2026-11"), alice))
                .isPresent();
    }
}
