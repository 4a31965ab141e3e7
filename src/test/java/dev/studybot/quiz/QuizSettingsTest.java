package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.bot.ConfigSubcommand;
import dev.studybot.bot.StudybotCommand;
import dev.studybot.bot.TeamLanguages;
import dev.studybot.chat.Caller;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.TeamRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Admin settings: /quiz schedule, off, status and /studybot config, with one sentence for each mistake")
class QuizSettingsTest {
    /** The quiz and /studybot with config, routed as the app routes them, replies in the team's language. */
    private record Bot(QuizWorld world, CommandRouter router, String guild) {
        Caller admin() {
            return QuizWorld.caller(guild, QuizWorld.CHANNEL, "alice", true);
        }

        Caller member() {
            return QuizWorld.caller(guild, QuizWorld.CHANNEL, "bob", false);
        }

        String run(Caller caller, String command, String sub, Map<String, String> options) {
            Reply reply = router.dispatch(new CommandRequest(caller, command, sub, options));
            assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
            return QuizWorld.text(reply);
        }
    }

    private static Bot bot(Database db, MutableClock clock) {
        QuizWorld world = new QuizWorld(db, clock, new FakeGateway());
        TeamLanguages languages = new TeamLanguages(new TeamRepository(db), Messages.ZH, Ticker.systemTicker());
        AtomicReference<CommandRouter> self = new AtomicReference<>();
        StudybotCommand studybot = new StudybotCommand(
                () -> self.get().specs(),
                (platform, name) -> "/" + name,
                QuizWorld.LIBRARY,
                QuizWorld.MESSAGES,
                List.of(ConfigSubcommand.spec()),
                new ConfigSubcommand(
                        world.service, new TeamRepository(db), languages, QuizWorld.LIBRARY, QuizWorld.MESSAGES));
        QuizCommand quiz = new QuizCommand(
                world.service,
                world.answers,
                new PracticeService(world.service, QuizWorld.CODEC),
                QuizWorld.LIBRARY,
                QuizWorld.SEARCH);
        CommandRouter router =
                new CommandRouter(List.of(quiz, studybot), QuizWorld.MESSAGES, QuizWorld.CODEC, languages);
        self.set(router);
        return new Bot(world, router, "guild-s" + System.nanoTime());
    }

    @BothDatabases
    @DisplayName("GIVEN a member who is not an admin WHEN they run /quiz now, schedule, off, status or /studybot config"
            + " THEN each is refused with one sentence, and nothing is posted")
    void nonAdminsAreRefused(Database db, MutableClock clock) {
        Bot bot = bot(db, clock);
        for (String sub : List.of("now", "off", "status")) {
            assertThat(bot.run(bot.member(), "quiz", sub, Map.of())).contains("只有管理员可以使用 /quiz " + sub);
        }
        assertThat(bot.run(bot.member(), "quiz", "schedule", Map.of("time", "09:30", "zone", "UTC")))
                .contains("只有管理员可以使用 /quiz schedule");
        assertThat(bot.run(bot.member(), "studybot", "config", Map.of("levels", "1-2")))
                .contains("只有管理员可以使用 /studybot config");
        assertThat(bot.world().gateway.calls()).isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN an admin WHEN /quiz schedule gets a bad time, zone or days THEN one sentence names what is wrong"
                    + " and what is allowed, and nothing changes")
    void badScheduleValues(Database db, MutableClock clock) {
        Bot bot = bot(db, clock);
        assertThat(bot.run(bot.admin(), "quiz", "schedule", Map.of("time", "25:00", "zone", "UTC")))
                .isEqualTo("“25:00” 不是有效的时间：请用 24 小时制的 HH:MM，例如 09:30。\n");
        assertThat(bot.run(bot.admin(), "quiz", "schedule", Map.of("time", "09:30", "zone", "Mars/Olympus")))
                .isEqualTo("“Mars/Olympus” 不是已知的时区：请用 IANA 时区名，例如 Asia/Shanghai、Europe/Berlin 或 UTC。\n");
        assertThat(bot.run(bot.admin(), "quiz", "schedule", Map.of("time", "09:30", "zone", "UTC", "days", "someday")))
                .isEqualTo("“someday” 不是有效的日子：请用 mon-fri、mon,wed,fri、weekdays、weekends 或 daily。\n");
        assertThat(bot.run(bot.admin(), "quiz", "status", Map.of())).contains("时间: 未开启");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN an admin WHEN they schedule, look at the status, and switch the quiz off THEN the status shows the"
                    + " schedule, the next quiz in the channel's zone, levels, window, reveal mode and the open quiz")
    void scheduleStatusOff(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        Bot bot = bot(db, clock);
        assertThat(bot.run(
                        bot.admin(),
                        "quiz",
                        "schedule",
                        Map.of("time", "9:30", "zone", "asia/shanghai", "days", "mon-fri")))
                .contains("本频道的每日一题已开启：09:30（Asia/Shanghai），mon-fri。下一题：11-11 09:30（Asia/Shanghai）。");
        bot.run(bot.admin(), "quiz", "now", Map.of());
        bot.world()
                .press(
                        bot.member(),
                        bot.world()
                                .gateway
                                .questions()
                                .get(0)
                                .reply()
                                .buttons()
                                .get(0)
                                .id());

        String status = bot.run(bot.admin(), "quiz", "status", Map.of());

        assertThat(status)
                .contains("时间: 09:30（Asia/Shanghai），mon-fri")
                .contains("下一题: 11-11 09:30（Asia/Shanghai）")
                .contains("级别: 1-2 (初级–高级)")
                .contains("作答时长: 8 小时")
                .contains("对错何时告知: 截止时揭晓")
                .contains("每日一题 · 2026-11-10：1 人已作答，11-11 00:00（Asia/Shanghai） 截止。");
        assertThat(bot.run(bot.admin(), "quiz", "off", Map.of())).contains("本频道的每日一题已停止");
        assertThat(bot.run(bot.admin(), "quiz", "off", Map.of())).contains("本来就没有开启");
        assertThat(bot.run(bot.admin(), "quiz", "status", Map.of())).contains("时间: 未开启", "下一题: -");
    }

    @BothDatabases
    @DisplayName("GIVEN an admin WHEN /studybot config sets levels, reveal mode and window THEN the channel uses them"
            + " (a level-2 quiz, 4 hours to answer); bad values get one sentence and change nothing")
    void channelSettings(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        Bot bot = bot(db, clock);
        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of())).contains("本频道的级别: 1-2 (初级–高级)", "作答时长: 8 小时");
        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of("levels", "5-6")))
                .contains("“5-6” 不是有效的级别范围：请用 1 到 4 之间的一个级别或一个范围");
        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of("levels", "2", "window", "30")))
                .contains("“30” 不是有效的作答时长：请用 1 到 23 之间的整数（小时）。");
        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of("reveal", "sometimes")))
                .contains("选项 reveal 不接受 “sometimes”；可选值：close, immediate。");
        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of()))
                .as("nothing changed")
                .contains("本频道的级别: 1-2 (初级–高级)");

        String changed =
                bot.run(bot.admin(), "studybot", "config", Map.of("levels", "2", "reveal", "immediate", "window", "4"));

        assertThat(changed)
                .contains("已更新：levels, reveal, window。")
                .contains("本频道的级别: 2 (高级)", "对错何时告知: 作答后立即告知", "作答时长: 4 小时");
        assertThat(bot.run(bot.admin(), "quiz", "now", Map.of())).contains("11-10 12:00（UTC） 截止");
        assertThat(bot.world().gateway.questions().get(0).reply().breadcrumb()).startsWith("高级 › ");
    }

    @BothDatabases
    @DisplayName("GIVEN /studybot config language:en WHEN any member of the team runs a command THEN the reply is in"
            + " English, and the channel's posts too; language:auto gives each member their own again")
    void teamLanguage(Database db, MutableClock clock) {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        Bot bot = bot(db, clock);
        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of("language", "en")))
                .contains("Updated: language.", "Team language: English");
        assertThat(bot.run(bot.admin(), "quiz", "status", Map.of())).contains("Schedule: Off");
        bot.run(bot.admin(), "quiz", "now", Map.of());
        assertThat(QuizWorld.text(bot.world().gateway.questions().get(0).reply()))
                .contains("Daily quiz · 2026-11-10", "only your first answer counts");

        assertThat(bot.run(bot.admin(), "studybot", "config", Map.of("language", "auto")))
                .contains("Updated: language.", "Team language: Each member's own");
        assertThat(bot.run(bot.admin(), "quiz", "status", Map.of())).contains("本频道的每日一题");
        Caller english = new Caller(
                bot.admin().platform(), bot.guild(), "", QuizWorld.CHANNEL, "u-eve", "eve", Locale.ENGLISH, true);
        assertThat(bot.run(english, "quiz", "status", Map.of())).contains("This channel's daily quiz");
    }
}
