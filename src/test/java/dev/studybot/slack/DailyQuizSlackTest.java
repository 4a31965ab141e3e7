package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.app.ConfigLoader;
import dev.studybot.app.StudyBot;
import dev.studybot.chat.ComponentId;
import dev.studybot.slack.fake.FakeSlack;
import dev.studybot.slack.fake.SlackMessage;
import dev.studybot.slack.fake.SlackUser;
import dev.studybot.store.Answer;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.MutableClock;
import dev.studybot.store.QuizRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daily quiz on Slack end to end, in Socket Mode and in HTTP mode: the real wiring and scheduler,
 * the adapter and Bolt, and the fake Slack on loopback. The test moves the bot's clock and runs the
 * scheduler's routine the way its every-minute tick does.
 */
class DailyQuizSlackTest {
    static final Duration TIMEOUT = SlackUser.ANSWER_TIMEOUT;

    @TempDir
    Path data;

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(
            value = SlackSettings.Mode.class,
            names = {"SOCKET", "HTTP"})
    @DisplayName("GIVEN an admin schedules the quiz WHEN 09:30 comes and Slack first answers 429 THEN the post is"
            + " retried and lands once by chat.postMessage; two members' answers are recorded once each (a"
            + " second press changes nothing); the close edits the post by chat.update; a non-admin is refused")
    void scheduledQuizOnSlack(SlackSettings.Mode mode) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-10T08:00:00Z"));
        try (FakeSlack slack = FakeSlack.start();
                StudyBot bot = new StudyBot(
                        new ConfigLoader(Map.of(
                                        "STUDYBOT_DB_URL",
                                        "jdbc:sqlite:" + data.resolve(mode + ".db"),
                                        "STUDYBOT_ROADMAP_RELOAD_SECONDS",
                                        "0"))
                                .load(Optional.empty()),
                        clock);
                SlackTestBot slackBot = SlackTestBot.start(slack, mode, bot.router(), bot.gateways())) {
            slack.addMember("U0ALICE", "alice", true, "zh-CN");
            slack.addMember("U0BOB", "bob", false, "en-US");
            slack.addMember("U0DAVE", "dave", false, "en-US");
            SlackUser alice = slackBot.user("U0ALICE", "alice");
            SlackUser bob = slackBot.user("U0BOB", "bob");
            SlackUser dave = slackBot.user("U0DAVE", "dave");

            SlackMessage refused = dave.answer(dave.command("/quiz", "schedule 09:30 UTC daily"));
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.text()).contains("Only admins can use /quiz schedule");
            SlackMessage scheduled = alice.answer(alice.command("/quiz", "schedule 09:30 UTC daily"));
            assertThat(scheduled.ephemeral()).isTrue();
            assertThat(scheduled.text()).contains("本频道的每日一题已开启：09:30（UTC），daily。");
            assertThat(slack.calls("chat.postMessage")).isEmpty();

            slack.rateLimit("chat.postMessage", 1, 1);
            clock.set(Instant.parse("2026-11-10T09:30:00Z"));
            bot.quizRoutine().runRoutine();

            assertThat(slack.calls("chat.postMessage"))
                    .extracting(FakeSlack.Call::status)
                    .containsExactly(429, 200);
            FakeSlack.Call post = slack.okCalls("chat.postMessage").get(0);
            assertThat(post.param("channel")).isEqualTo("C0GENERAL");
            SlackMessage question = post.message(null);
            assertThat(question.text()).contains("每日一题 · 2026-11-10", "11-10 17:30（UTC） 截止");
            assertThat(question.buttons()).hasSize(4);

            SlackMessage aliceAnswer = alice.answer(alice.press(question, question.button("A.")));
            SlackMessage bobAnswer = bob.answer(bob.press(question, question.button("B.")));
            SlackMessage bobAgain = bob.answer(bob.press(question, question.button("C.")));
            assertThat(List.of(aliceAnswer, bobAnswer, bobAgain)).allSatisfy(m -> {
                assertThat(m.ephemeral()).isTrue();
                assertThat(m.replaceOriginal()).isFalse();
            });
            assertThat(aliceAnswer.text()).contains("已记录你的答案 A。");
            assertThat(bobAnswer.text()).contains("Your answer B is recorded.");
            assertThat(bobAgain.text()).contains("You already answered B.");
            ComponentId id = decode(bot, question.button("A.").actionId());
            List<Answer> answers = new AnswerRepository(bot.database()).answersOf(Long.parseLong(id.arg(0)));
            assertThat(answers).hasSize(2);

            clock.set(Instant.parse("2026-11-10T17:30:00Z"));
            bot.quizRoutine().runRoutine();

            FakeSlack.Call update = slack.awaitCalls("chat.update", 1, TIMEOUT).get(0);
            assertThat(update.param("channel")).isEqualTo("C0GENERAL");
            String ts = new QuizRepository(bot.database())
                    .find(Long.parseLong(id.arg(0)))
                    .orElseThrow()
                    .messageId();
            assertThat(update.param("ts"))
                    .as("the post's ts, kept as the quiz's message id")
                    .isEqualTo(ts);
            SlackMessage reveal = update.message(update.param("ts"));
            assertThat(reveal.text()).contains("答案揭晓 · 每日一题 · 2026-11-10", "2 人作答");
            assertThat(reveal.buttons()).singleElement().satisfies(b -> assertThat(b.text())
                    .startsWith("去读："));
            assertThat(slack.okCalls("chat.postMessage"))
                    .as("the quiz landed once")
                    .hasSize(1);
        }
    }

    private static ComponentId decode(StudyBot bot, String actionId) {
        try {
            return bot.codec().decode(actionId);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
