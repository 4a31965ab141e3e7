package dev.studybot.discord;

import static dev.studybot.discord.DiscordTestBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.ComponentId;
import dev.studybot.discord.fake.FakeMessage;
import dev.studybot.store.Answer;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily quiz on Discord end to end: the real wiring and scheduler, the adapter, and the fake
 * Discord on loopback. The test moves the bot's clock and runs the scheduler's routine the way its
 * every-minute tick does.
 */
class DailyQuizDiscordTest {
    @TempDir
    Path data;

    @Test
    @DisplayName("GIVEN an admin schedules the quiz in #quiz WHEN 09:30 comes THEN the scheduler posts it with four"
            + " buttons; two members answer, one twice, each told privately; at the close the post is edited"
            + " into the reveal with the right counts; a member who is not an admin cannot schedule")
    void scheduledQuizOnDiscord() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-10T08:00:00Z"));
        try (DiscordTestBot t = DiscordTestBot.builder()
                .env("STUDYBOT_DB_URL", "jdbc:sqlite:" + data.resolve("studybot.db"))
                .clock(clock)
                .start()) {
            FakeMessage refused = t.discord()
                    .slash(t.bob(), t.quiz(), "quiz", "schedule", Map.of("time", "09:30", "zone", "UTC"))
                    .awaitAnswer(WAIT);
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.text()).contains("Only admins can use /quiz schedule");

            FakeMessage scheduled = t.discord()
                    .slash(
                            t.alice(),
                            t.quiz(),
                            "quiz",
                            "schedule",
                            Map.of("time", "09:30", "zone", "UTC", "days", "daily"))
                    .awaitAnswer(WAIT);
            assertThat(scheduled.ephemeral()).isTrue();
            assertThat(scheduled.text()).contains("本频道的每日一题已开启：09:30（UTC），daily。");
            assertThat(channelPosts(t)).as("nothing posted before 09:30").isEmpty();

            clock.set(Instant.parse("2026-11-10T09:30:00Z"));
            t.bot().quizRoutine().runRoutine();

            List<FakeMessage> posted = channelPosts(t);
            assertThat(posted).hasSize(1);
            FakeMessage post = posted.get(0);
            assertThat(post.ephemeral()).isFalse();
            assertThat(post.text()).contains("每日一题 · 2026-11-10", "11-10 17:30（UTC） 截止");
            assertThat(post.buttons())
                    .extracting(FakeMessage.Button::label)
                    .hasSize(4)
                    .allSatisfy(label -> assertThat(label).matches("[A-D]\\. .+"));
            ComponentId first = t.bot().codec().decode(post.buttons().get(0).customId());
            assertThat(first.feature() + ":" + first.action()).isEqualTo("quiz:answer");
            long quizId = Long.parseLong(first.arg(0));

            FakeMessage alice = t.discord()
                    .press(t.alice(), post, post.buttons().get(0).label())
                    .awaitAnswer(WAIT);
            FakeMessage bob = t.discord()
                    .press(t.bob(), post, post.buttons().get(1).label())
                    .awaitAnswer(WAIT);
            FakeMessage bobAgain = t.discord()
                    .press(t.bob(), post, post.buttons().get(2).label())
                    .awaitAnswer(WAIT);
            assertThat(List.of(alice, bob, bobAgain))
                    .allSatisfy(m -> assertThat(m.ephemeral()).isTrue());
            assertThat(alice.text()).contains("已记录你的答案 A。");
            assertThat(bob.text()).contains("Your answer B is recorded.");
            assertThat(bobAgain.text()).contains("You already answered B. Only your first answer counts.");
            List<Answer> answers = new AnswerRepository(t.bot().database()).answersOf(quizId);
            assertThat(answers).hasSize(2);
            long right = answers.stream().filter(Answer::correct).count();

            clock.set(Instant.parse("2026-11-10T17:30:00Z"));
            t.bot().quizRoutine().runRoutine();

            assertThat(t.discord().calls("PATCH", "channels/" + t.quiz().id() + "/messages/" + post.id()))
                    .hasSize(1);
            assertThat(post.versions()).hasSize(2);
            assertThat(post.text())
                    .contains("答案揭晓 · 每日一题 · 2026-11-10", "正确答案：")
                    .contains("2 人作答，" + right + " 人答对（" + (right * 50) + "%）。");
            assertThat(post.buttons()).singleElement().satisfies(b -> assertThat(b.label())
                    .startsWith("去读："));
            assertThat(channelPosts(t)).hasSize(1);
            clock.advance(Duration.ofMinutes(1));
            t.bot().quizRoutine().runRoutine();
            assertThat(post.versions()).as("revealed once").hasSize(2);
        }
    }

    /** What the whole channel sees in #quiz: the bot's public messages. */
    private static List<FakeMessage> channelPosts(DiscordTestBot t) {
        return t.discord().messagesIn(t.quiz()).stream()
                .filter(m -> !m.ephemeral())
                .toList();
    }
}
