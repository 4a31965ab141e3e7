package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Caller;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.Reply;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.ReviewRepository;
import dev.studybot.store.ReviewState;
import dev.studybot.store.ScoreRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("/quiz practice: a private question by SM-2 from the member's own history, no points")
class PracticeTest {
    /** A member practising in a guild of their own. */
    private record Learner(QuizWorld world, Caller caller) {
        Reply practice(String topic) {
            return world.command(caller, "practice", topic == null ? Map.of() : Map.of("topic", topic));
        }

        static String questionId(Reply question) {
            return args(question.buttons().get(0)).get(0);
        }

        static List<String> args(Reply.Button button) {
            try {
                return QuizWorld.CODEC.decode(button.id()).args();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        /** Presses the right answer (or a wrong one) of a practice question. */
        Reply answer(Reply question, boolean right) {
            Question q = QuizWorld.CATALOG.pool().byId(questionId(question)).orElseThrow();
            String order = args(question.buttons().get(0)).get(1);
            int rightPosition = order.indexOf(Character.forDigit(q.answer(), 10));
            return world.press(
                    caller,
                    question.buttons()
                            .get(right ? rightPosition : (rightPosition + 1) % 4)
                            .id());
        }

        long userId() {
            long team = world.service.where(caller).team().id();
            return world.service
                    .store()
                    .teams()
                    .findUserByName(team, caller.userName())
                    .orElseThrow()
                    .id();
        }
    }

    private static Learner learner(Database db, MutableClock clock) {
        QuizWorld world = new QuizWorld(db, clock, new FakeGateway());
        return new Learner(world, QuizWorld.caller("guild-p" + System.nanoTime(), "dm", "pat", false));
    }

    @BothDatabases
    @DisplayName("GIVEN a member new to practice WHEN they answer right, then the same question falls due THEN SM-2"
            + " brings it back after 1 day, then 6, and after a wrong answer 1 again; every answer is a practice"
            + " attempt, a second press changes nothing, and no leaderboard points are given")
    void spacedRepetition(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        Learner pat = learner(db, clock);

        Reply first = pat.practice(null);
        assertThat(first.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(QuizWorld.text(first)).contains("练习一题", "一道你还没做过的题。", "练习不计入排行榜");
        assertThat(first.buttons()).hasSize(4).allSatisfy(b -> assertThat(b.label())
                .matches("[A-D]\\. .+"));
        String questionId = Learner.questionId(first);

        Reply right = pat.answer(first, true);
        assertThat(right.replaceOriginal()).isTrue();
        assertThat(QuizWorld.text(right)).contains("回答正确！", "1 天后再复习这道题（2026-11-11）。", "再来一题");
        assertThat(QuizWorld.text(pat.answer(first, false))).contains("这道练习题你已经答过了");
        ReviewRepository reviews = new ReviewRepository(db);
        assertThat(reviews.get(pat.userId(), "mini", questionId)).get().satisfies(s -> {
            assertThat(s.repetitions()).isEqualTo(1);
            assertThat(s.intervalDays()).isEqualTo(1);
            assertThat(s.dueAt()).isEqualTo(Instant.parse("2026-11-11T08:00:00Z"));
        });

        clock.set(Instant.parse("2026-11-11T09:00:00Z"));
        Reply due = pat.practice(null);
        assertThat(QuizWorld.text(due)).contains("按间隔重复，这道题该复习了。");
        assertThat(Learner.questionId(due)).isEqualTo(questionId);
        assertThat(QuizWorld.text(pat.answer(due, true))).contains("6 天后再复习这道题（2026-11-17）。");

        clock.set(Instant.parse("2026-11-17T09:30:00Z"));
        Reply again = pat.practice(null);
        assertThat(Learner.questionId(again)).isEqualTo(questionId);
        assertThat(QuizWorld.text(pat.answer(again, false))).contains("不对", "1 天后再复习这道题（2026-11-18）。");
        assertThat(reviews.get(pat.userId(), "mini", questionId)).get().satisfies(s -> {
            assertThat(s.repetitions()).isZero();
            assertThat(s.lapses()).isEqualTo(1);
            assertThat(s.ease()).isEqualTo(2.5 - 0.32, org.assertj.core.data.Offset.offset(1e-9));
        });

        assertThat(new AnswerRepository(db).recentPractice(pat.userId(), 10))
                .extracting(a -> a.questionId() + ":" + a.correct())
                .containsExactly(questionId + ":false", questionId + ":true", questionId + ":true");
        long team = pat.world().service.where(pat.caller()).team().id();
        assertThat(new ScoreRepository(db).rankOf(team, PeriodKey.allTime(), pat.userId()))
                .isEmpty();
        assertThat(new ScoreRepository(db).rankOf(team, PeriodKey.week(LocalDate.parse("2026-11-17")), pat.userId()))
                .isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a topic WHEN a member asks to practise it, by option or by the topic's 'quiz me' button THEN the"
                    + " question comes from that topic's subtree; once it is used up, from the nearest wider part")
    void leansToTheTopic(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        Learner pat = learner(db, clock);

        Reply byName = pat.practice("并发");
        assertThat(byName.breadcrumb()).startsWith("高级 › 并发");
        Reply byButton = pat.world().press(pat.caller(), QuizWorld.CODEC.encode("quiz", "practice", "1.2"));
        assertThat(byButton.breadcrumb()).startsWith("初级 › 工具");

        // 1.2.1 构建 has one question: answer it, and the next practice of 1.2.1 has to look wider
        Reply build = pat.practice("1.2.1");
        assertThat(Learner.questionId(build)).isEqualTo("build-output");
        pat.answer(build, true);
        Reply wider = pat.practice("1.2.1");
        assertThat(QuizWorld.text(wider)).contains("“构建” 下的题目你都做过了");
        assertThat(wider.breadcrumb()).startsWith("初级 › 工具");
        assertThat(QuizWorld.text(pat.practice("qqqxzzv"))).contains("没有找到与 “qqqxzzv” 相关的主题");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a member who answered every question WHEN none is due THEN they are told when the next review is;"
                    + " a daily quiz answer counts as a review too")
    void nothingDue(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        Learner pat = learner(db, clock);
        for (int i = 0; i < QuizWorld.CATALOG.pool().size(); i++) {
            Reply question = pat.practice(null);
            assertThat(QuizWorld.text(question)).contains("一道你还没做过的题");
            pat.answer(question, true);
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(QuizWorld.text(pat.practice(null))).contains("所有题目你都做过了", "下一次复习：11-11 08:00（UTC）");
        ReviewState any = new ReviewRepository(db).nextDue(pat.userId(), "mini").orElseThrow();
        assertThat(any.intervalDays()).isEqualTo(1);
        assertThat(ComponentId.of("quiz", "practice", PracticeService.ANY_TOPIC).args())
                .containsExactly("*");
    }
}
