package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Caller;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.LocaleResolver;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import dev.studybot.content.ContentLocator;
import dev.studybot.leaderboard.LeaderboardCommand;
import dev.studybot.leaderboard.LeaderboardService;
import dev.studybot.render.Pictures;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Team;
import dev.studybot.store.TopicStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;

@DisplayName("/progress, /team and /leaderboard through the router: the words, and pictures that decode")
class RepliesTest {
    private static final List<String> BUNDLES = List.of("i18n/core", "i18n/topic", "i18n/progress", "i18n/leaderboard");

    private static RoadmapLibrary miniLibrary() {
        try {
            Path dir = Files.createTempDirectory("studybot-progress-test");
            dir.toFile().deleteOnExit();
            Files.writeString(dir.resolve("mini.txt"), TestWorld.MINI_OUTLINE, StandardCharsets.UTF_8);
            return RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "mini");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CommandRouter router(TestWorld world) {
        Messages messages = new Messages(BUNDLES);
        RoadmapLibrary library = miniLibrary();
        Members members = new Members(world.teams);
        Pictures pictures = new Pictures();
        return new CommandRouter(
                List.of(
                        new ProgressCommand(
                                library,
                                members,
                                new ProgressService(world.statuses, world.answers, world.clock),
                                pictures,
                                messages),
                        new TeamCommand(
                                library,
                                members,
                                new CoverageService(world.teams, world.statuses, world.answers, world.clock),
                                pictures,
                                messages),
                        new LeaderboardCommand(
                                members,
                                new LeaderboardService(world.scores, world.teams, ZoneId.of("UTC"), world.clock),
                                pictures,
                                messages)),
                messages,
                new ComponentCodec("a test secret of enough length".getBytes(StandardCharsets.UTF_8)),
                LocaleResolver.memberOr(Messages.ZH));
    }

    private static Caller caller(Team team, String user, Locale locale) {
        return new Caller(Platform.DISCORD, team.externalId(), team.name(), "c1", user, user, locale, false);
    }

    private static String text(Reply reply) {
        return reply.blocks().stream()
                .map(b -> b instanceof Reply.Text t
                        ? (t.heading() == null ? "" : t.heading() + "\n") + t.body()
                        : b instanceof Reply.Notice n ? n.text() : "")
                .collect(Collectors.joining("\n"));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a member with marks, answers and a shaky topic WHEN /progress THEN a private reply lists levels, sections, mastery, the next three and the shaky topic, with a progress picture")
    void progress(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        CommandRouter router = router(world);
        Caller ann = caller(team, "ann-id", Locale.forLanguageTag("zh-CN"));
        router.dispatch(new CommandRequest(ann, "progress", null, Map.of())); // ann is now a member
        MemberRef annRef = new Members(world.teams).caller(ann);
        world.mark(annRef, "mini", "1.1.2", TopicStatus.DONE);
        world.mark(annRef, "mini", "1.2.1", TopicStatus.LEARNING);
        clock.advance(java.time.Duration.ofMinutes(1));
        world.practice(annRef, "mini", "1.1.2.2", false, clock.instant());
        world.practice(annRef, "mini", "1.1.2.1", false, clock.instant());
        world.practice(annRef, "mini", "1.1.1", true, clock.instant());

        Reply reply = router.dispatch(new CommandRequest(ann, "progress", null, Map.of()));

        assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(reply.title()).isEqualTo("ann-id 的学习进度");
        assertThat(text(reply))
                .contains("初级：已完成 3 · 学习中 1 · 共 13 个主题 · 掌握度 33%（3 题）")
                .contains("• 计算机基础：已完成 3 · 学习中 0 · 共 9 · 掌握度 33%（3 题）（其中 1 个完成但不稳）")
                .contains("• Go基础：已完成 0 · 学习中 1 · 共 3 · 掌握度 –（未答题）")
                .contains("完成但不稳：操作系统。")
                .contains("1. 操作系统（完成但不稳，建议复习）— 初级 › 计算机基础")
                .contains("2. 语法（学习中）— 初级 › Go基础")
                .contains("3. 网络（还没开始）— 初级 › 计算机基础");
        assertThat(reply.images()).singleElement().satisfies(image -> {
            assertThat(image.fileName()).isEqualTo("progress.png");
            Pngs.assertCard(image.png(), 500);
        });

        Reply english = router.dispatch(new CommandRequest(
                caller(team, "bob-id", Locale.ENGLISH), "progress", null, Map.of("member", "ann-id")));
        assertThat(english.title()).isEqualTo("ann-id's progress");
        assertThat(text(english)).contains("1. 操作系统 (done, shaky: review it)");
        Pngs.assertCard(english.images().get(0).png(), 500);
    }

    @BothDatabases
    @DisplayName("GIVEN a name nobody in the team has WHEN /progress member:<name> THEN one sentence and nothing else")
    void unknownMember(Database db, MutableClock clock) {
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        Team other = world.team("Others");
        world.member(other, "zoe");

        Reply reply = router(world)
                .dispatch(new CommandRequest(caller(team, "ann", null), "progress", null, Map.of("member", "zoe")));

        assertThat(reply.images()).isEmpty();
        assertThat(reply.blocks()).singleElement().isInstanceOf(Reply.Notice.class);
        assertThat(text(reply)).isEqualTo("团队里没有叫 “zoe” 的成员。对方需要先和机器人互动过（比如用过 /topic），再检查一下名字的拼写。");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a team with one section covered WHEN /team THEN the blind spots come first, every section follows, and the coverage map decodes")
    void team(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        CommandRouter router = router(world);
        Caller ann = caller(team, "ann", null);
        MemberRef annRef = new Members(world.teams).caller(ann);
        world.mark(annRef, "mini", "1.1", TopicStatus.DONE);
        world.mark(annRef, "mini", "1.2", TopicStatus.DONE);

        Reply reply = router.dispatch(new CommandRequest(ann, "team", null, Map.of()));

        assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
        String text = text(reply);
        assertThat(text).startsWith("盲区：还没有人学过的必会部分\n• 高级 › 进阶");
        assertThat(text).contains("• 计算机基础（必会）：1/1 人完成（100%）· 掌握度 –（未答题）").contains("• 中间件：0/1 人完成（0%）");
        Pngs.assertCard(reply.images().get(0).png(), 400);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN points in the team WHEN /leaderboard period:month THEN the top rows with points, right answers and streaks, the caller's own line, and a card that decodes")
    void leaderboard(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings channel = world.quizChannel(team, ZoneId.of("UTC"));
        CommandRouter router = router(world);
        Members members = new Members(world.teams);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC"));
        for (int i = 1; i <= 11; i++) {
            MemberRef m = members.caller(caller(team, "m" + i, null));
            world.answer(world.daily(channel, today.minusDays(i), "mini", "1.1.1"), m, true, clock.instant(), 12 - i);
        }

        Reply reply = router.dispatch(
                new CommandRequest(caller(team, "m11", null), "leaderboard", null, Map.of("period", "month")));
        Reply week =
                router.dispatch(new CommandRequest(caller(team, "m1", Locale.ENGLISH), "leaderboard", null, Map.of()));
        Reply bad = router.dispatch(
                new CommandRequest(caller(team, "m1", null), "leaderboard", null, Map.of("period", "decade")));

        assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
        assertThat(reply.title()).isEqualTo("排行榜 · 本月");
        assertThat(text(reply))
                .contains("1. m1 — 21 分 · 答对 1 · 连对 1 题")
                .contains("10. m10 — 12 分 · 答对 1 · 连对 1 题")
                .doesNotContain("11. m11")
                .contains("你的名次：第 11 名 · 11 分 · 答对 1 · 连对 1 题");
        Pngs.assertCard(reply.images().get(0).png(), 500);
        assertThat(week.title()).isEqualTo("Leaderboard · this week");
        assertThat(text(week)).contains("1. m1 — 21 points · 1 right · streak 1 (you)");
        Pngs.assertCard(week.images().get(0).png(), 200);
        assertThat(text(bad)).isEqualTo("选项 period 不接受 “decade”；可选值：week, month, all。");
    }
}
