package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.app.CliRunner;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.DatabaseOptions;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Platform;
import dev.studybot.store.Team;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The console saves each picture and prints its path, through the jar's entry point with piped input")
class ConsolePicturesTest {
    private static final Pattern SAVED = Pattern.compile("图片已保存：(\\S+\\.png)");

    @TempDir
    Path data;

    @Test
    @DisplayName(
            "GIVEN a console team with points WHEN /progress, /team and /leaderboard are piped THEN each reply's picture is saved, its path printed, and the file decodes")
    void picturesArePrintedAsPaths() {
        String url = "jdbc:sqlite:" + data.resolve("studybot.db");
        try (Database db = Database.open(url, DatabaseOptions.defaults().withClock(new MutableClock(Instant.now())))) {
            TestWorld world = new TestWorld(db, (MutableClock) db.clock());
            Team team = world.teams.upsertTeam(Platform.CONSOLE, "local", "console");
            ChannelSettings channel = world.quizChannel(team, ZoneId.of("UTC"));
            MemberRef alice = new MemberRef(team.id(), world.teams.upsertUser(team.id(), "alice", "alice"), "alice");
            world.answer(
                    world.daily(channel, LocalDate.now(ZoneId.of("UTC")), "go-roadmap", "1.1.1"),
                    alice,
                    true,
                    Instant.now(),
                    3);
        }

        CliRunner.Result result = CliRunner.run(
                String.join(
                        "\n",
                        "/topic 1.1.1 status:done",
                        "/progress",
                        "/team",
                        "/leaderboard period:all",
                        "/progress member:alice",
                        "/progress member:nobody",
                        ""),
                Map.of(
                        "STUDYBOT_DB_URL",
                        url,
                        "STUDYBOT_CONSOLE_PICTURES",
                        data.resolve("pictures").toString(),
                        "STUDYBOT_ROADMAP_RELOAD_SECONDS",
                        "0"),
                "console");

        assertThat(result.exitCode()).isZero();
        String out = result.out();
        assertThat(out)
                .contains("【you 的学习进度】")
                .contains("• 计算机基础：已完成 8 · 学习中 0")
                .contains("【console 的团队覆盖】")
                .contains("【排行榜 · 总榜】")
                .contains("1. alice — 13 分 · 答对 1 · 连对 1 题")
                .contains("【alice 的学习进度】")
                .contains("团队里没有叫 “nobody” 的成员");
        List<Path> saved = new ArrayList<>();
        Matcher m = SAVED.matcher(out);
        while (m.find()) {
            saved.add(Path.of(m.group(1)));
        }
        assertThat(saved).hasSize(4);
        assertThat(saved.get(0).getFileName().toString()).endsWith("progress.png");
        assertThat(saved.get(1).getFileName().toString()).endsWith("coverage.png");
        assertThat(saved.get(2).getFileName().toString()).endsWith("leaderboard.png");
        for (Path file : saved) {
            assertThat(file).exists().startsWith(data.resolve("pictures"));
            try {
                Pngs.assertCard(Files.readAllBytes(file), 200);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
