package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.app.CliRunner;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.DatabaseOptions;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Platform;
import dev.studybot.store.Team;
import dev.studybot.store.TopicStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
        "/topic shows the status that holds for the member, own or inherited, and \"done, shaky\" as /progress decides it")
class TopicStandingConsoleTest {
    private static final String GO = "go-roadmap";

    @TempDir
    Path data;

    /** Sets up alice in the console's team through the store, then pipes {@code input} into the console. */
    private String console(Consumer<Alice> given, String input) {
        String url = "jdbc:sqlite:" + data.resolve("studybot.db");
        try (Database db = Database.open(url, DatabaseOptions.defaults().withClock(new MutableClock(Instant.now())))) {
            TestWorld world = new TestWorld(db, (MutableClock) db.clock());
            Team team = world.teams.upsertTeam(Platform.CONSOLE, "local", "console");
            MemberRef alice = new MemberRef(team.id(), world.teams.upsertUser(team.id(), "alice", "alice"), "alice");
            given.accept(new Alice(world, team, alice));
        }
        CliRunner.Result result = CliRunner.run(
                input,
                Map.of(
                        "STUDYBOT_DB_URL",
                        url,
                        "STUDYBOT_CONSOLE_PICTURES",
                        data.resolve("pictures").toString(),
                        "STUDYBOT_ROADMAP_RELOAD_SECONDS",
                        "0"),
                "console");
        assertThat(result.exitCode()).isZero();
        return result.out();
    }

    private record Alice(TestWorld world, Team team, MemberRef member) {}

    /** The reply to the {@code n}th /topic of the run, 1-based. */
    private static String reply(String out, String title, int n) {
        String[] parts = out.split("【" + title + "】", -1);
        assertThat(parts.length).as("replies titled %s", title).isGreaterThan(n);
        String part = parts[n];
        int next = part.indexOf('【');
        return next < 0 ? part : part.substring(0, next);
    }

    @Test
    @DisplayName("GIVEN alice marked the section 计算机基础 done and its subtopic 计算机网络 learning WHEN she opens /topic on"
            + " 冯诺伊曼体系 and on 计算机网络 THEN the first shows done, from her mark on 计算机基础, the second her own learning")
    void subtopicShowsTheInheritedStatus() {
        String out = console(
                given -> {
                    given.world().mark(given.member(), GO, "1.1", TopicStatus.DONE);
                    given.world().mark(given.member(), GO, "1.1.2", TopicStatus.LEARNING);
                },
                "/as alice\n/topic 1.1.1\n/topic 1.1.2\n");

        assertThat(reply(out, "冯诺伊曼体系", 1))
                .contains("你的状态：已完成（来自你对 “计算机基础” 的标记）")
                .contains("✓ 已完成")
                .doesNotContain("不稳");
        assertThat(reply(out, "计算机网络", 1))
                .contains("你的状态：学习中")
                .doesNotContain("来自你对")
                .contains("✓ 学习中");
    }

    @Test
    @DisplayName(
            "GIVEN alice marked 计算机基础 done, then answered a daily quiz and a practice question on CPU wrong WHEN she"
                    + " opens /topic on 计算机基础, on CPU and on 计算机网络 THEN the first two say \"done, shaky\", the"
                    + " third, with no wrong answers under it, just done")
    void doneThenTwoWrongAnswersIsShaky() {
        String out = console(
                given -> {
                    TestWorld world = given.world();
                    world.mark(given.member(), GO, "1.1", TopicStatus.DONE);
                    world.clock.advance(Duration.ofHours(1));
                    Instant later = world.clock.instant();
                    ChannelSettings channel = world.quizChannel(given.team(), ZoneId.of("UTC"));
                    world.answer(
                            world.daily(channel, LocalDate.ofInstant(later, ZoneId.of("UTC")), GO, "1.1.1.3"),
                            given.member(),
                            false,
                            later,
                            0);
                    world.practice(given.member(), GO, "1.1.1.3", false, later.plusSeconds(60));
                },
                "/as alice\n/topic 1.1\n/topic 1.1.1.3\n/topic 1.1.2\n");

        assertThat(reply(out, "计算机基础", 1)).contains("你的状态：已完成，但不稳——标记完成后又答错了 2 道或更多相关的题");
        assertThat(reply(out, "CPU", 1)).contains("你的状态：已完成（来自你对 “计算机基础” 的标记），但不稳");
        assertThat(reply(out, "计算机网络", 1))
                .contains("你的状态：已完成（来自你对 “计算机基础” 的标记）")
                .doesNotContain("不稳");
    }
}
