package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Caller;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import dev.studybot.store.Database;
import dev.studybot.store.Dialect;
import dev.studybot.store.MutableClock;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizKind;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.QuizState;
import dev.studybot.store.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The daily quiz routine: one quiz per channel and local date, whatever restarts, races and clocks do")
class DailyQuizRoutineTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger GUILDS = new AtomicInteger();

    private static Caller admin() {
        return QuizWorld.caller("guild-r" + GUILDS.incrementAndGet(), QuizWorld.CHANNEL, "alice", true);
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static void schedule(QuizWorld world, Caller admin, String time, ZoneId zone, String days) {
        Reply reply = world.command(admin, "schedule", Map.of("time", time, "zone", zone.getId(), "days", days));
        assertThat(QuizWorld.text(reply)).contains("本频道的每日一题已开启");
    }

    /** The channel's daily quizzes by local date. */
    private static Map<LocalDate, Quiz> dailies(Database db, long channelId, LocalDate from) {
        Map<LocalDate, Quiz> byDate = new HashMap<>();
        for (Quiz quiz : new QuizRepository(db).dailiesFrom(channelId, from)) {
            byDate.put(quiz.localDate(), quiz);
        }
        return byDate;
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN a channel at 09:30 America/New_York every day WHEN 30 days pass across the end of daylight saving,"
                    + " with a tick every 15 minutes, a restart before the post every third day, a restart at noon"
                    + " while the quiz is open every third day and an hour of downtime THEN every local date gets"
                    + " exactly one quiz, posted once at 09:30 local (or late within the grace window), and revealed"
                    + " once at its close, by the new process when one restarted while it was open")
    void thirtyDaysAcrossDaylightSaving(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(at("2026-10-20T00:00", NEW_YORK));
        FakeGateway discord = new FakeGateway();
        QuizDefaults defaults = QuizWorld.defaults(NEW_YORK, 7);
        Database db = Database.open(url, TestDatabases.options(clock));
        QuizWorld world = new QuizWorld(db, clock, discord, defaults);
        Caller admin = admin();
        schedule(world, admin, "09:30", NEW_YORK, "daily");
        long channelId = world.service.where(admin).channel().id();
        LocalDate first = LocalDate.parse("2026-10-20");
        int restarts = 0;
        Map<LocalDate, Quiz> openAtRestart = new HashMap<>();
        try {
            Instant end = at("2026-11-19T00:00", NEW_YORK);
            LocalDate downtime = LocalDate.parse("2026-11-01"); // the day the clocks go back
            while (clock.instant().isBefore(end)) {
                ZonedDateTime local = clock.instant().atZone(NEW_YORK);
                LocalTime time = local.toLocalTime();
                boolean down = local.toLocalDate().equals(downtime)
                        && time.isAfter(LocalTime.of(8, 59))
                        && time.isBefore(LocalTime.of(10, 30));
                if (!down) {
                    world.tick();
                }
                long day = first.until(local.toLocalDate(), java.time.temporal.ChronoUnit.DAYS);
                boolean beforePost = day % 3 == 2 && time.equals(LocalTime.of(9, 15));
                boolean midQuiz = day % 3 == 0 && time.equals(LocalTime.of(12, 0));
                Quiz open = null;
                if (midQuiz) {
                    // today's quiz is open and not revealed; once this process goes, only the new one can reveal it
                    open = dailies(db, channelId, local.toLocalDate()).get(local.toLocalDate());
                    assertThat(open).as("%s at noon", local.toLocalDate()).isNotNull();
                    assertThat(open.state())
                            .as("%s at noon", local.toLocalDate())
                            .isEqualTo(QuizState.OPEN);
                    assertThat(open.claimedBy()).isEqualTo(world.processId);
                    assertThat(discord.edits())
                            .extracting(FakeGateway.Call::messageId)
                            .doesNotContain(open.messageId());
                    openAtRestart.put(local.toLocalDate(), open);
                }
                if (beforePost || midQuiz) {
                    // a restart: the process goes, a new one (a new process id) opens the same database
                    world.close();
                    db.close();
                    db = Database.open(url, TestDatabases.options(clock));
                    world = new QuizWorld(db, clock, discord, defaults);
                    restarts++;
                }
                clock.advance(Duration.ofMinutes(15));
            }
            Map<LocalDate, Quiz> quizzes = dailies(db, channelId, first);
            assertThat(restarts).as("ten before the post, ten mid-quiz").isEqualTo(20);
            assertThat(openAtRestart).hasSize(10).containsKey(downtime);
            assertThat(quizzes).hasSize(30);
            for (int day = 0; day < 30; day++) {
                LocalDate date = first.plusDays(day);
                Quiz quiz = quizzes.get(date);
                assertThat(quiz).as(date.toString()).isNotNull();
                assertThat(quiz.state()).as(date.toString()).isEqualTo(QuizState.CLOSED);
                assertThat(discord.questions())
                        .as("%s posted once", date)
                        .filteredOn(post -> post.messageId().equals(quiz.messageId()))
                        .hasSize(1);
                assertThat(discord.edits())
                        .as("%s revealed once", date)
                        .filteredOn(edit -> edit.messageId().equals(quiz.messageId()))
                        .hasSize(1);
                assertThat(quiz.closedAt()).as("%s revealed at its close", date).isEqualTo(quiz.closesAt());
                if (openAtRestart.containsKey(date)) {
                    assertThat(quiz.id()).isEqualTo(openAtRestart.get(date).id());
                }
                ZonedDateTime opened = quiz.openedAt().atZone(NEW_YORK);
                assertThat(opened.toLocalDate()).isEqualTo(date);
                LocalTime expected = date.equals(downtime) ? LocalTime.of(10, 30) : LocalTime.of(9, 30);
                assertThat(opened.toLocalTime()).as(date.toString()).isEqualTo(expected);
                assertThat(quiz.scheduledAt()).isEqualTo(at(date + "T09:30", NEW_YORK));
            }
            // 09:30 is 13:30 UTC in EDT, 14:30 UTC in EST (from Sunday 1 November); the downtime posted 10:30 EST
            assertThat(quizzes.get(LocalDate.parse("2026-10-31")).openedAt())
                    .isEqualTo(Instant.parse("2026-10-31T13:30:00Z"));
            assertThat(quizzes.get(LocalDate.parse("2026-11-02")).openedAt())
                    .isEqualTo(Instant.parse("2026-11-02T14:30:00Z"));
            assertThat(quizzes.get(downtime).openedAt()).isEqualTo(Instant.parse("2026-11-01T15:30:00Z"));
            assertThat(discord.questions()).hasSize(30);
            Set<String> messages = new HashSet<>();
            discord.questions().forEach(post -> messages.add(post.messageId()));
            assertThat(discord.edits()).hasSize(30);
            assertThat(discord.edits()).allSatisfy(edit -> {
                assertThat(messages).contains(edit.messageId());
                assertThat(QuizWorld.text(edit.reply())).contains("答案揭晓", "正确答案");
            });
            assertThat(discord.edits().stream().map(FakeGateway.Call::messageId).distinct())
                    .hasSize(30);
        } finally {
            world.close();
            db.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN two bot processes on one database WHEN both run every tick at the same moment for ten days"
            + " THEN each day is posted exactly once and each quiz revealed exactly once")
    void twoSchedulersRacing(Dialect dialect) throws Exception {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(at("2026-11-01T08:00", ZoneId.of("UTC")));
        FakeGateway discord = new FakeGateway().postTakes(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database one = Database.open(url, TestDatabases.options(clock));
                Database two = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld[] processes = {new QuizWorld(one, clock, discord), new QuizWorld(two, clock, discord)};
            Caller admin = admin();
            schedule(processes[0], admin, "09:30", ZoneId.of("UTC"), "daily");
            CyclicBarrier together = new CyclicBarrier(2);
            for (int tick = 0; tick < 10 * 24 * 4; tick++) {
                List<Future<?>> runs = new ArrayList<>();
                for (QuizWorld process : processes) {
                    runs.add(threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        process.tick();
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get(30, TimeUnit.SECONDS);
                }
                clock.advance(Duration.ofMinutes(15));
            }
            long channelId = processes[0].service.where(admin).channel().id();
            Map<LocalDate, Quiz> quizzes = dailies(one, channelId, LocalDate.parse("2026-11-01"));
            assertThat(quizzes).hasSize(10);
            assertThat(discord.questions()).hasSize(10);
            assertThat(discord.questions().stream().map(p -> p.reply().title()).distinct())
                    .hasSize(10);
            assertThat(discord.edits()).hasSize(10);
            assertThat(discord.edits().stream().map(FakeGateway.Call::messageId).distinct())
                    .hasSize(10);
            for (QuizWorld process : processes) {
                process.close();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN two Discord processes on one database, A running guild 1's shard and B guild 2's, WHEN both"
            + " tick for six days THEN each guild's quiz is posted once a day by the process that serves it, the"
            + " other never claims it or fails on it, and each reveal is done by the owner")
    void shardedProcessesServeTheirOwnGuilds(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(at("2026-11-01T08:00", ZoneId.of("UTC")));
        int days = 6;
        String guildOne = "guild-shard-one-" + GUILDS.incrementAndGet();
        String guildTwo = "guild-shard-two-" + GUILDS.incrementAndGet();
        FakeGateway seenByA = new FakeGateway().serving(guildOne);
        FakeGateway seenByB = new FakeGateway().serving(guildTwo);
        try (Database one = Database.open(url, TestDatabases.options(clock));
                Database two = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld a = new QuizWorld(one, clock, seenByA);
            QuizWorld b = new QuizWorld(two, clock, seenByB);
            // each guild's admin is answered by the process running its shard
            Caller adminOne = QuizWorld.caller(guildOne, QuizWorld.CHANNEL, "alice", true);
            Caller adminTwo = QuizWorld.caller(guildTwo, QuizWorld.CHANNEL, "bob", true);
            schedule(a, adminOne, "09:30", ZoneId.of("UTC"), "daily");
            schedule(b, adminTwo, "09:30", ZoneId.of("UTC"), "daily");
            for (int tick = 0; tick < days * 24 * 4; tick++) {
                // who ticks first changes every day: either way, neither takes the other's quiz
                boolean aFirst = (tick / (24 * 4)) % 2 == 0;
                (aFirst ? a : b).tick();
                (aFirst ? b : a).tick();
                clock.advance(Duration.ofMinutes(15));
            }

            LocalDate first = LocalDate.parse("2026-11-01");
            for (QuizWorld owner : List.of(a, b)) {
                Caller admin = owner == a ? adminOne : adminTwo;
                String guild = admin.teamId();
                FakeGateway gateway = owner.gateway;
                long channelId = owner.service.where(admin).channel().id();
                Map<LocalDate, Quiz> quizzes = dailies(one, channelId, first);
                assertThat(quizzes).as(guild).hasSize(days);
                assertThat(quizzes.values()).as(guild).allSatisfy(quiz -> {
                    assertThat(quiz.state()).isEqualTo(QuizState.CLOSED);
                    assertThat(quiz.claimedBy()).isEqualTo(owner.processId);
                    assertThat(quiz.openedAt().atZone(ZoneId.of("UTC")).toLocalTime())
                            .isEqualTo(LocalTime.of(9, 30));
                });
                assertThat(gateway.unseen())
                        .as("%s's process never reached another guild", guild)
                        .isEmpty();
                assertThat(gateway.questions()).hasSize(days);
                assertThat(gateway.questions())
                        .allSatisfy(post -> assertThat(post.channel().teamId()).isEqualTo(guild));
                Set<String> posted = new HashSet<>();
                gateway.questions().forEach(post -> posted.add(post.messageId()));
                assertThat(gateway.edits()).as("the reveals, by the owner").hasSize(days);
                assertThat(gateway.edits()).allSatisfy(edit -> {
                    assertThat(edit.channel().teamId()).isEqualTo(guild);
                    assertThat(posted).contains(edit.messageId());
                    assertThat(QuizWorld.text(edit.reply())).contains("答案揭晓");
                });
                assertThat(quizzes.values().stream().map(Quiz::messageId)).containsExactlyInAnyOrderElementsOf(posted);
            }
            a.close();
            b.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN the bot was down over 09:30 WHEN it comes back inside the 2-hour grace window THEN the quiz is"
            + " posted late; WHEN it comes back after it THEN the day is recorded as skipped and nothing is posted")
    void graceWindow(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        FakeGateway discord = new FakeGateway();
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord);
            Caller admin = admin();
            schedule(world, admin, "09:30", ZoneId.of("UTC"), "daily");
            long channelId = world.service.where(admin).channel().id();

            clock.set(Instant.parse("2026-11-02T09:30:00Z"));
            world.tick();
            clock.set(Instant.parse("2026-11-03T11:25:00Z")); // down since yesterday evening
            world.tick();
            clock.set(Instant.parse("2026-11-04T11:35:00Z")); // back 2 h 5 min after 09:30
            world.tick();
            clock.set(Instant.parse("2026-11-05T09:30:00Z"));
            world.tick();

            Map<LocalDate, Quiz> quizzes = dailies(db, channelId, LocalDate.parse("2026-11-02"));
            assertThat(quizzes.get(LocalDate.parse("2026-11-02")).openedAt())
                    .isEqualTo(Instant.parse("2026-11-02T09:30:00Z"));
            Quiz late = quizzes.get(LocalDate.parse("2026-11-03"));
            assertThat(late.state()).isEqualTo(QuizState.CLOSED); // the next day's post closed it
            assertThat(late.scheduledAt()).isEqualTo(Instant.parse("2026-11-03T09:30:00Z"));
            assertThat(late.openedAt()).isEqualTo(Instant.parse("2026-11-03T11:25:00Z"));
            Quiz missed = quizzes.get(LocalDate.parse("2026-11-04"));
            assertThat(missed.state()).isEqualTo(QuizState.SKIPPED);
            assertThat(missed.messageId()).isNull();
            assertThat(quizzes.get(LocalDate.parse("2026-11-05")).state()).isEqualTo(QuizState.OPEN);
            assertThat(discord.questions()).hasSize(3);
            world.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN a quiz at 02:30 Europe/Berlin WHEN that time does not exist (spring forward) or happens twice"
            + " (fall back) THEN the quiz posts once that day: at 03:30 in the gap, at the first 02:30 in the overlap")
    void timesThatDoNotExistOrHappenTwice(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(at("2026-03-28T00:00", BERLIN));
        FakeGateway discord = new FakeGateway();
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord, QuizWorld.defaults(BERLIN, 3));
            Caller admin = admin();
            schedule(world, admin, "02:30", BERLIN, "daily");
            long channelId = world.service.where(admin).channel().id();
            world.run(Duration.ofDays(3), Duration.ofMinutes(15));
            clock.set(at("2026-10-24T00:00", BERLIN));
            world.run(Duration.ofDays(3), Duration.ofMinutes(15));

            Map<LocalDate, Quiz> quizzes = dailies(db, channelId, LocalDate.parse("2026-03-28"));
            assertThat(quizzes.get(LocalDate.parse("2026-03-28")).openedAt())
                    .isEqualTo(Instant.parse("2026-03-28T01:30:00Z"));
            assertThat(quizzes.get(LocalDate.parse("2026-03-29")).openedAt())
                    .as("02:30 does not exist on 29 March: 03:30 CEST")
                    .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
            assertThat(quizzes.get(LocalDate.parse("2026-03-30")).openedAt())
                    .isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
            assertThat(quizzes.get(LocalDate.parse("2026-10-25")).openedAt())
                    .as("02:30 happens twice on 25 October: the first, CEST")
                    .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
            assertThat(quizzes.get(LocalDate.parse("2026-10-26")).openedAt())
                    .isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
            assertThat(quizzes.values().stream().filter(q -> q.state() != QuizState.SKIPPED))
                    .hasSize(6);
            assertThat(discord.questions()).hasSize(6);
            world.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN a process that claimed today's quiz and died before posting WHEN its claim's lease runs out"
            + " THEN the next tick of a live process takes the day over and posts it, once")
    void deadClaimIsTakenOver(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        FakeGateway discord = new FakeGateway();
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord);
            Caller admin = admin();
            schedule(world, admin, "09:30", ZoneId.of("UTC"), "daily");
            long channelId = world.service.where(admin).channel().id();
            clock.set(Instant.parse("2026-11-02T09:30:00Z"));
            new QuizRepository(db)
                    .claimDaily(
                            channelId,
                            LocalDate.parse("2026-11-02"),
                            new QuestionPick("mini", "go-stmt", "2.1.1", List.of(0, 1, 2, 3)),
                            "a-process-that-died",
                            clock.instant(),
                            QuizService.LEASE);

            world.tick();
            assertThat(discord.questions()).as("the claim is still live").isEmpty();
            clock.advance(QuizService.LEASE.plusMinutes(1));
            world.tick();
            world.tick();

            assertThat(discord.questions()).hasSize(1);
            Quiz quiz = new QuizRepository(db)
                    .findDaily(channelId, LocalDate.parse("2026-11-02"))
                    .orElseThrow();
            assertThat(quiz.state()).isEqualTo(QuizState.OPEN);
            assertThat(quiz.claimedBy()).startsWith("test-process-");
            world.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN the platform answers retry-after twice THEN the routine waits each time and the quiz lands once;"
                    + " GIVEN a wait longer than it will hold THEN the day stays claimable and the next tick posts it")
    void rateLimits(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        FakeGateway discord = new FakeGateway();
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord);
            Caller admin = admin();
            schedule(world, admin, "09:30", ZoneId.of("UTC"), "daily");
            long channelId = world.service.where(admin).channel().id();

            clock.set(Instant.parse("2026-11-02T09:30:00Z"));
            discord.failPosts(
                    PostException.rateLimited(Duration.ofSeconds(3)), PostException.rateLimited(Duration.ofSeconds(4)));
            world.tick();

            assertThat(discord.refusedPosts()).isEqualTo(2);
            assertThat(world.waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4));
            assertThat(discord.questions()).hasSize(1);

            clock.set(Instant.parse("2026-11-03T09:30:00Z"));
            discord.failPosts(PostException.rateLimited(Duration.ofMinutes(5)));
            world.tick();
            Quiz waiting = new QuizRepository(db)
                    .findDaily(channelId, LocalDate.parse("2026-11-03"))
                    .orElseThrow();
            assertThat(waiting.state()).isEqualTo(QuizState.FAILED);
            assertThat(discord.questions()).hasSize(1);
            clock.advance(Duration.ofMinutes(5));
            world.tick();
            world.tick();
            assertThat(discord.questions()).hasSize(2);
            assertThat(new QuizRepository(db)
                            .findDaily(channelId, LocalDate.parse("2026-11-03"))
                            .orElseThrow()
                            .state())
                    .isEqualTo(QuizState.OPEN);
            world.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN six channels due at the same minute WHEN the routine ticks THEN it posts to them one after"
            + " another, never two at once on one platform, and every channel gets its quiz")
    void oneLanePerPlatform(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        FakeGateway discord = new FakeGateway().postTakes(5);
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord);
            String guild = "guild-lanes-" + GUILDS.incrementAndGet();
            for (int c = 0; c < 6; c++) {
                schedule(
                        world,
                        QuizWorld.caller(guild, "channel-" + c, "alice", true),
                        "09:30",
                        ZoneId.of("UTC"),
                        "daily");
            }
            clock.set(Instant.parse("2026-11-02T09:30:00Z"));
            world.tick();

            assertThat(discord.questions()).hasSize(6);
            assertThat(discord.questions().stream()
                            .map(p -> p.channel().channelId())
                            .distinct())
                    .hasSize(6);
            assertThat(discord.mostPostsAtOnce()).isEqualTo(1);
            world.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN an admin schedules 09:30 at 10:00 WHEN the routine ticks THEN nothing is posted late today:"
            + " the first quiz comes tomorrow at 09:30")
    void scheduleStartsWithTheNextDueTime(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
        FakeGateway discord = new FakeGateway();
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord);
            Caller admin = admin();
            Reply reply = world.command(admin, "schedule", Map.of("time", "09:30", "zone", "UTC", "days", "daily"));
            assertThat(QuizWorld.text(reply)).contains("下一题：11-03 09:30（UTC）");
            world.run(Duration.ofHours(2), Duration.ofMinutes(15));
            assertThat(discord.questions()).isEmpty();
            clock.set(Instant.parse("2026-11-03T09:30:00Z"));
            world.tick();
            assertThat(discord.questions()).hasSize(1);
            long channelId = world.service.where(admin).channel().id();
            assertThat(new QuizRepository(db).findDaily(channelId, LocalDate.parse("2026-11-02")))
                    .isEmpty();
            world.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN today's quiz is open WHEN an admin runs /quiz now THEN the open quiz is closed and revealed first,"
                    + " and an extra quiz is posted")
    void quizNowClosesTheOpenOneFirst(Dialect dialect) {
        String url = TestDatabases.newUrl(dialect);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        FakeGateway discord = new FakeGateway();
        try (Database db = Database.open(url, TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, discord);
            Caller admin = admin();
            Reply first = world.command(admin, "now", Map.of());
            assertThat(QuizWorld.text(first)).contains("已在本频道发布今天的每日一题", "11-02 16:00（UTC）");
            clock.advance(Duration.ofMinutes(30));

            Reply second = world.command(admin, "now", Map.of());

            assertThat(QuizWorld.text(second)).contains("已加发一道题");
            assertThat(discord.calls()).extracting(FakeGateway.Call::kind).containsExactly("post", "edit", "post");
            assertThat(discord.calls().get(1).messageId())
                    .isEqualTo(discord.calls().get(0).messageId());
            assertThat(discord.calls().get(2).reply().title()).isEqualTo("加练一题");
            long channelId = world.service.where(admin).channel().id();
            List<Quiz> open = new QuizRepository(db).openQuizzes(channelId);
            assertThat(open).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo(QuizKind.EXTRA));
            world.close();
        }
    }
}
