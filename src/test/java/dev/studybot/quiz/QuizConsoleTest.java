package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.app.CliRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The daily quiz in the console playground, through the jar's entry point with piped input")
class QuizConsoleTest {
    @TempDir
    Path data;

    @Test
    @DisplayName("GIVEN /quiz schedule 09:30 UTC daily and /quiz now WHEN two members press answers, one twice, and the"
            + " clock moves 9 hours THEN the console shows the post, the private confirmations, the reveal"
            + " edited into the post, and after the clock reaches the next 09:30, the next day's quiz")
    void watchAQuizPostCloseAndReveal() {
        // the console's clock starts at the real time. `/quiz now` posts today's (UTC) daily quiz, so
        // the next one is tomorrow's 09:30, at least 9.5 hours away whatever the time of day now
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime afterClose = now.plusHours(9);
        ZonedDateTime nextQuiz = now.toLocalDate().plusDays(1).atTime(9, 30).atZone(ZoneOffset.UTC);
        long minutes = Duration.between(afterClose, nextQuiz).toMinutes() + 5;
        String input = String.join(
                "\n",
                "/quiz schedule 09:30 UTC daily",
                "/quiz now",
                "/press 1",
                "/as bob",
                "/role member",
                "/press 2",
                "/press 3",
                "/quiz now",
                "/clock +9h",
                "/clock +" + minutes + "m",
                "");

        CliRunner.Result result = CliRunner.run(
                input,
                Map.of(
                        "STUDYBOT_DB_URL",
                        "jdbc:sqlite:" + data.resolve("studybot.db"),
                        "STUDYBOT_CONSOLE_PICTURES",
                        data.resolve("pictures").toString(),
                        "STUDYBOT_ROADMAP_RELOAD_SECONDS",
                        "0"),
                "console");

        String out = result.out();
        assertThat(result.exitCode()).isZero();
        assertThat(out)
                .contains("✔ 本频道的每日一题已开启：09:30（UTC），daily。")
                .contains("#console · studybot\n【每日一题 · ")
                .contains("[1] A. ")
                .contains("[4] D. ")
                .contains("✔ 已在本频道发布今天的每日一题")
                .contains("✔ 已记录你的答案 A。")
                .contains("✔ 已记录你的答案 B。")
                .contains("ℹ 你已经答过这道题了，你的答案是 B。只有第一次作答有效。")
                .contains("⚠ 只有管理员可以使用 /quiz now。");
        int reveal = out.indexOf("（消息 m1 已更新）");
        assertThat(reveal).as("the reveal edits the first post").isPositive();
        String revealed = out.substring(reveal);
        assertThat(revealed)
                .contains("【答案揭晓 · 每日一题 · ")
                .contains("✔ 正确答案：")
                .contains("— 解析 —")
                .contains("2 人作答，")
                .contains("去读：");
        LocalDate tomorrow = nextQuiz.toLocalDate();
        assertThat(revealed.substring(revealed.indexOf("时钟已前进", revealed.indexOf("去读："))))
                .contains("#console · studybot\n【每日一题 · " + tomorrow + "】");
    }
}
