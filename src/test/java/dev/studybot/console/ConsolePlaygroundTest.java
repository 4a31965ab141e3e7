package dev.studybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.app.CliRunner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The console playground, driven through the jar's entry point with piped input")
class ConsolePlaygroundTest {
    @TempDir
    Path data;

    private CliRunner.Result console(String input) {
        return CliRunner.run(
                input,
                Map.of(
                        "STUDYBOT_DB_URL",
                        "jdbc:sqlite:" + data.resolve("studybot.db"),
                        "STUDYBOT_CONSOLE_PICTURES",
                        data.resolve("pictures").toString(),
                        "STUDYBOT_ROADMAP_RELOAD_SECONDS",
                        "0"),
                "console");
    }

    @Test
    @DisplayName(
            "GIVEN /topic epoll WHEN piped THEN the reply shows the path, the subtopics' notes and numbered buttons")
    void topic() {
        CliRunner.Result result = console("/topic epoll\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("【epoll】")
                .contains("初级 › 计算机基础 › 操作系统 › 5种网络IO模型 › 同步IO › 多路复用 IO（IO multiplexing）")
                .contains("select存在的问题")
                .contains("1. 搞了个叫 epoll_ctl 的方法")
                .contains("[1] 已完成  [2] 学习中  [3] 跳过")
                .contains("编号 1.1.3.3.u1.u3.u3");
    }

    @Test
    @DisplayName(
            "GIVEN a topic where the roadmap is dated WHEN /topic shows it THEN the correction stands beside the roadmap's own text")
    void erratum() {
        CliRunner.Result result = console("/topic 2.1.1.1\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("更正：Go 的 map 从未使用红黑树")
                .contains("Go 1.24 起默认实现换成 Swiss table")
                .contains("编号 2.1.1.1");
    }

    @Test
    @DisplayName("GIVEN /press on a subtopic button WHEN piped THEN that subtopic opens; a parent button goes back up")
    void pressNavigates() {
        CliRunner.Result result = console("/topic 1.1.3.7\n/press 4\n/press 5\n");
        String out = result.out();
        assertThat(out).contains("【常见缓存淘汰算法】").contains("【LFU(Least Frequently Used)】");
        assertThat(out.indexOf("【LFU(Least Frequently Used)】")).isLessThan(out.lastIndexOf("【常见缓存淘汰算法】"));
    }

    @Test
    @DisplayName("GIVEN status:done WHEN piped THEN the topic is marked and the member sees it; /as switches member")
    void status() {
        CliRunner.Result result =
                console("/topic 缓存淘汰 status:done\n/as alice\n/topic 1.1.3.7\n/as you\n/topic 1.1.3.7\n");
        String out = result.out();
        assertThat(out).contains("已把 “常见缓存淘汰算法” 标记为已完成。");
        String[] replies = out.split("【常见缓存淘汰算法】");
        assertThat(replies).hasSize(4);
        assertThat(replies[2]).as("alice's view").doesNotContain("你的状态");
        assertThat(replies[3]).as("back as you").contains("你的状态：已完成");
    }

    @Test
    @DisplayName(
            "GIVEN a status with words no single topic is called WHEN piped THEN the closest topic is shown, marked nowhere, with a sentence saying so")
    void statusOnAGuessChangesNothing() {
        CliRunner.Result result =
                console("/topic 不存在的东西xyz status:done\n/topic select存在的问题\n/topic goroutine\n/progress\n");
        String out = result.out();
        assertThat(out)
                .as(result.err())
                .contains("“不存在的东西xyz” 没有唯一对应的主题，下面是最接近的 “select存在的问题”。状态没有改动")
                .doesNotContain("标记为已完成")
                .doesNotContain("你的状态")
                .contains("“goroutine” 没有唯一对应的主题，下面是最接近的结果。")
                .contains("已完成 0 · 学习中 0 · 共 175 个主题");
    }

    @Test
    @DisplayName(
            "GIVEN /roadmap with words no section is called WHEN piped THEN the closest section is shown with a sentence saying so; a named one is shown plainly")
    void roadmapSaysWhenItGuesses() {
        CliRunner.Result result = console("/roadmap 不存在的部分\n/roadmap 初级\n");
        String[] replies = result.out().split("studybot（仅你可见）");
        assertThat(replies).as(result.out()).hasSize(3);
        assertThat(replies[1]).contains("“不存在的部分” 没有唯一对应的主题，下面是最接近的结果。");
        assertThat(replies[2]).contains("【初级】").doesNotContain("最接近");
    }

    @Test
    @DisplayName("GIVEN mistakes WHEN piped THEN each gets one helpful sentence and the playground keeps going")
    void mistakes() {
        CliRunner.Result result = console(
                "hello\n/nosuch\n/topic\n/topic epoll status:maybe\n/press 9\n/press x\n/clock 2h\n/topic \"unclosed\n/roadmap\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("命令以 / 开头")
                .contains("没有 /nosuch 这个命令")
                .contains("/topic 需要选项 query。")
                .contains("选项 status 不接受 “maybe”；可选值：done, learning, skipped。")
                .contains("上一条回复里没有按钮可按。")
                .contains("用法：/press <编号>")
                .contains("用法：/clock +<时长>")
                .contains("引号没有配对")
                .contains("【GoLang长期学习路线】");
    }

    @Test
    @DisplayName(
            "GIVEN /studybot help, /roadmap and /quit WHEN piped THEN help lists the commands and input after /quit is ignored")
    void helpAndQuit() {
        CliRunner.Result result = console("/studybot help\n/roadmap 初级\n/quit\n/topic epoll\n");
        assertThat(result.out())
                .contains("/topic <query> [status]")
                .contains("/roadmap [section]")
                .contains("路线图：《GoLang长期学习路线》，作者 Yahui")
                .contains("【初级】")
                .doesNotContain("【epoll】");
    }

    @Test
    @DisplayName("GIVEN /clock +1d2h WHEN piped THEN the clock moves 26 hours and says the new time with its zone")
    void clock() {
        java.time.ZonedDateTime expected =
                java.time.ZonedDateTime.now(java.time.ZoneId.systemDefault()).plusHours(26);
        CliRunner.Result r = console("/clock +1d2h\n");
        assertThat(r.out())
                .as(r.err())
                .containsPattern("时钟已前进，现在是 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(.+\\)。")
                .containsAnyOf(
                        expected.toLocalDate().toString(),
                        expected.plusMinutes(1).toLocalDate().toString());
    }
}
