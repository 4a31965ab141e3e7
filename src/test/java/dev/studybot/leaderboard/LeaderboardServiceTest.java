package dev.studybot.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.progress.MemberRef;
import dev.studybot.progress.TestWorld;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizSettings;
import dev.studybot.store.RevealMode;
import dev.studybot.store.Team;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The leaderboard: running totals by the team's zone, ties, the caller's own rank, streaks, one team only")
class LeaderboardServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String TOPIC = "1.1.1";

    private static LeaderboardService service(TestWorld world) {
        return new LeaderboardService(world.scores, world.teams, UTC, world.clock);
    }

    /** A right answer to a new quiz of the channel dated {@code date}, given at {@code at}. */
    private static void right(TestWorld world, ChannelSettings channel, MemberRef member, LocalDate date, Instant at) {
        world.answer(world.extra(channel, date, "mini", TOPIC), member, true, at, 0);
    }

    private static List<String> names(Standings standings) {
        return standings.top().stream().map(Standing::name).toList();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN answers on Sunday evening UTC, already Monday in Shanghai WHEN each team reads this week THEN the Shanghai team counts them in the new week, the UTC team in the old one")
    void weekAcrossTimeZones(Database db, MutableClock clock) {
        Instant sundayEveningUtc = Instant.parse("2026-11-29T16:30:00Z"); // Mon 00:30 in Shanghai
        clock.set(sundayEveningUtc);
        TestWorld world = new TestWorld(db, clock);
        Team east = world.team("East");
        Team west = world.team("West");
        ChannelSettings eastQuiz = world.quizChannel(east, SHANGHAI);
        ChannelSettings westQuiz = world.quizChannel(west, UTC);
        MemberRef ann = world.member(east, "ann");
        MemberRef bob = world.member(west, "bob");
        // the quiz dates each answer by its channel's zone
        right(world, eastQuiz, ann, LocalDate.of(2026, 11, 30), sundayEveningUtc);
        right(world, westQuiz, bob, LocalDate.of(2026, 11, 29), sundayEveningUtc);

        clock.set(Instant.parse("2026-11-29T17:00:00Z"));
        Standings eastWeek = service(world).standings(east.id(), ann.userId(), Period.WEEK);
        Standings westWeek = service(world).standings(west.id(), bob.userId(), Period.WEEK);

        assertThat(eastWeek.zone()).isEqualTo(SHANGHAI);
        assertThat(eastWeek.key()).isEqualTo(PeriodKey.week(LocalDate.of(2026, 11, 30)));
        assertThat(eastWeek.key().key()).isEqualTo("2026-W49");
        assertThat(names(eastWeek)).containsExactly("ann");
        assertThat(westWeek.key().key()).isEqualTo("2026-W48");
        assertThat(names(westWeek)).containsExactly("bob");

        clock.set(Instant.parse("2026-11-30T12:00:00Z")); // Monday in both zones: West is in W49 now
        assertThat(service(world)
                        .standings(west.id(), bob.userId(), Period.WEEK)
                        .top())
                .isEmpty();
        assertThat(names(service(world).standings(west.id(), bob.userId(), Period.ALL)))
                .containsExactly("bob");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN an answer on the last evening of November UTC, December in Shanghai WHEN the month is read THEN it is December's in Shanghai")
    void monthEnd(Database db, MutableClock clock) {
        Instant lastEvening = Instant.parse("2026-11-30T16:30:00Z"); // Dec 1, 00:30 in Shanghai
        clock.set(lastEvening);
        TestWorld world = new TestWorld(db, clock);
        Team east = world.team("East");
        ChannelSettings quiz = world.quizChannel(east, SHANGHAI);
        MemberRef ann = world.member(east, "ann");
        right(world, quiz, ann, LocalDate.of(2026, 11, 30), lastEvening.minus(Duration.ofHours(1))); // Nov 30 23:30
        right(world, quiz, ann, LocalDate.of(2026, 12, 1), lastEvening);

        Standings december = service(world).standings(east.id(), ann.userId(), Period.MONTH);

        assertThat(december.key().key()).isEqualTo("2026-12");
        assertThat(december.self()).get().satisfies(s -> {
            assertThat(s.points()).isEqualTo(10);
            assertThat(s.correct()).isEqualTo(1);
        });
        clock.set(lastEvening.minus(Duration.ofMinutes(90))); // still November in Shanghai
        assertThat(service(world)
                        .standings(east.id(), ann.userId(), Period.MONTH)
                        .self())
                .get()
                .satisfies(s -> assertThat(s.points()).isEqualTo(10));
        assertThat(service(world).standings(east.id(), ann.userId(), Period.ALL).self())
                .get()
                .satisfies(s -> assertThat(s.points()).isEqualTo(20));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a team scheduled in Shanghai WHEN an admin switches the quiz off THEN its weeks stay Shanghai's, not the configured zone's")
    void zoneOutlivesQuizOff(Database db, MutableClock clock) {
        Instant sundayEveningUtc = Instant.parse("2026-11-29T16:30:00Z"); // Mon 00:30 in Shanghai
        clock.set(sundayEveningUtc);
        TestWorld world = new TestWorld(db, clock);
        Team east = world.team("East");
        ChannelSettings channel = world.teams.upsertChannel(east.id(), "C-east", "quiz");
        QuizSettings on = new QuizSettings(
                true, LocalTime.of(9, 30), SHANGHAI, EnumSet.allOf(DayOfWeek.class), 1, 4, 480, RevealMode.CLOSE);
        ChannelSettings scheduled = world.teams.scheduleQuiz(channel.id(), on).orElseThrow();
        MemberRef ann = world.member(east, "ann");
        right(world, scheduled, ann, LocalDate.of(2026, 11, 30), sundayEveningUtc);

        world.teams.updateQuizSettings(
                channel.id(),
                new QuizSettings(
                        false,
                        LocalTime.of(9, 30),
                        SHANGHAI,
                        EnumSet.allOf(DayOfWeek.class),
                        1,
                        4,
                        480,
                        RevealMode.CLOSE));
        Standings week = service(world).standings(east.id(), ann.userId(), Period.WEEK);

        assertThat(week.zone()).isEqualTo(SHANGHAI);
        assertThat(week.key().key()).isEqualTo("2026-W49");
        assertThat(names(week)).containsExactly("ann");
    }

    @BothDatabases
    @DisplayName("GIVEN equal points WHEN ranked THEN whoever reached them first ranks higher")
    void tiesGoToWhoGotThereFirst(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings quiz = world.quizChannel(team, UTC);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UTC);
        MemberRef zed = world.member(team, "zed");
        MemberRef amy = world.member(team, "amy");
        MemberRef cat = world.member(team, "cat");
        Instant t = clock.instant();
        right(world, quiz, amy, today, t.plusSeconds(1));
        right(world, quiz, zed, today, t.plusSeconds(2));
        right(world, quiz, zed, today, t.plusSeconds(3)); // zed reaches 20 first
        right(world, quiz, amy, today, t.plusSeconds(4)); // amy reaches 20 later
        right(world, quiz, cat, today, t.plusSeconds(5));

        Standings board = service(world).standings(team.id(), amy.userId(), Period.WEEK);

        assertThat(board.top())
                .extracting(Standing::rank, Standing::name, Standing::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "zed", 20),
                        org.assertj.core.groups.Tuple.tuple(2, "amy", 20),
                        org.assertj.core.groups.Tuple.tuple(3, "cat", 10));
        assertThat(board.self()).get().extracting(Standing::rank).isEqualTo(2);
        assertThat(board.selfInTop()).isTrue();
        assertThat(service(world)
                        .standings(team.id(), cat.userId(), Period.WEEK)
                        .self())
                .get()
                .extracting(Standing::rank)
                .isEqualTo(3);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN twelve members WHEN the last one asks THEN the board shows the top ten and the caller's own rank 12 below")
    void callerOutsideTheTopTen(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings quiz = world.quizChannel(team, UTC);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UTC);
        List<MemberRef> members = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            MemberRef m = world.member(team, "m" + i);
            members.add(m);
            // m1 gets 13 right answers' worth of bonus, m12 the least
            world.answer(
                    world.extra(quiz, today, "mini", TOPIC),
                    m,
                    true,
                    clock.instant().plusSeconds(i),
                    13 - i);
        }
        MemberRef last = members.get(11);
        MemberRef nobody = world.member(team, "nobody");

        Standings board = service(world).standings(team.id(), last.userId(), Period.WEEK);

        assertThat(board.top()).hasSize(LeaderboardService.TOP);
        assertThat(names(board)).startsWith("m1", "m2").doesNotContain("m11", "m12");
        assertThat(board.self()).get().satisfies(s -> {
            assertThat(s.rank()).isEqualTo(12);
            assertThat(s.name()).isEqualTo("m12");
            assertThat(s.points()).isEqualTo(11);
        });
        assertThat(board.selfInTop()).isFalse();
        assertThat(service(world)
                        .standings(team.id(), nobody.userId(), Period.WEEK)
                        .self())
                .as("no points yet")
                .isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN forty members with random answers, ties included WHEN each asks for their rank THEN it is one more than the members ahead by points, then by who got there first")
    void rankMatchesAFullSort(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings quiz = world.quizChannel(team, UTC);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UTC);
        java.util.Random random = new java.util.Random(5);
        List<MemberRef> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add(world.member(team, "m" + i));
        }
        for (int round = 0; round < 6; round++) {
            Quiz q = world.extra(quiz, today, "mini", TOPIC);
            for (MemberRef m : members) {
                if (random.nextInt(3) > 0) {
                    // few distinct times, so equal points and times happen
                    Instant at = clock.instant().plusSeconds(round * 10L + random.nextInt(2));
                    world.answer(q, m, random.nextBoolean(), at, random.nextInt(2) * 5);
                }
            }
        }
        LeaderboardService service = service(world);
        List<Standing> all = new ArrayList<>();
        for (MemberRef m : members) {
            service.standings(team.id(), m.userId(), Period.ALL).self().ifPresent(all::add);
        }
        assertThat(all).hasSizeGreaterThan(30);
        for (Standing s : all) {
            long ahead = all.stream()
                    .filter(o -> o.points() > s.points()
                            || (o.points() == s.points() && o.reachedAt().isBefore(s.reachedAt())))
                    .count();
            assertThat(s.rank()).as(s.name()).isEqualTo((int) ahead + 1);
        }
        List<Standing> top = service.standings(team.id(), members.get(0).userId(), Period.ALL)
                .top();
        for (Standing t : top) {
            assertThat(all)
                    .filteredOn(s -> s.userId() == t.userId())
                    .singleElement()
                    .satisfies(s -> assertThat(s.rank()).isEqualTo(t.rank()));
        }
    }

    @BothDatabases
    @DisplayName(
            "GIVEN daily quizzes answered right in a row WHEN a later daily quiz closes without the member THEN their streak shows 0; while it is open it still counts")
    void currentStreaks(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings quiz = world.quizChannel(team, UTC);
        MemberRef ann = world.member(team, "ann");
        MemberRef bob = world.member(team, "bob");
        LocalDate day = LocalDate.of(2026, 11, 23);
        for (int d = 0; d < 2; d++) {
            Quiz daily = world.daily(quiz, day.plusDays(d), "mini", TOPIC);
            world.answer(daily, ann, true, clock.instant(), 0);
            world.answer(daily, bob, true, clock.instant(), 0);
            world.quizzes.close(daily.id(), clock.instant());
        }
        Quiz third = world.daily(quiz, day.plusDays(2), "mini", TOPIC);
        world.answer(third, bob, true, clock.instant(), 0);

        Standings open = service(world).standings(team.id(), ann.userId(), Period.ALL);
        assertThat(open.top())
                .extracting(Standing::name, Standing::streak)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bob", 3), org.assertj.core.groups.Tuple.tuple("ann", 2));

        world.quizzes.close(third.id(), clock.instant());
        Standings closed = service(world).standings(team.id(), ann.userId(), Period.ALL);
        assertThat(closed.top())
                .extracting(Standing::name, Standing::streak)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bob", 3), org.assertj.core.groups.Tuple.tuple("ann", 0));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN two teams whose members have the same names WHEN each reads its board THEN only its own members, totals and streaks appear")
    void tenantIsolation(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UTC);
        Team red = world.team("Gophers");
        Team blue = world.team("Gophers");
        ChannelSettings redQuiz = world.quizChannel(red, UTC);
        ChannelSettings blueQuiz = world.quizChannel(blue, UTC);
        MemberRef redAlice = world.member(red, "alice");
        MemberRef blueAlice = world.member(blue, "alice");
        MemberRef blueBob = world.member(blue, "bob");
        Quiz redDaily = world.daily(redQuiz, today, "mini", TOPIC);
        world.answer(redDaily, redAlice, true, clock.instant(), 0);
        Quiz blueDaily = world.daily(blueQuiz, today, "mini", TOPIC);
        world.answer(blueDaily, blueAlice, true, clock.instant(), 5);
        world.answer(blueDaily, blueBob, true, clock.instant(), 3);

        for (Period period : Period.values()) {
            Standings redBoard = service(world).standings(red.id(), redAlice.userId(), period);
            assertThat(redBoard.top()).extracting(Standing::userId).containsExactly(redAlice.userId());
            assertThat(redBoard.top()).extracting(Standing::points).containsExactly(10);
            Standings blueBoard = service(world).standings(blue.id(), blueAlice.userId(), period);
            assertThat(blueBoard.top())
                    .extracting(Standing::userId)
                    .containsExactly(blueAlice.userId(), blueBob.userId());
            assertThat(service(world)
                            .standings(red.id(), blueBob.userId(), period)
                            .self())
                    .as("blue's bob has no place on red's board")
                    .isEmpty();
        }
        assertThat(world.scores.currentStreaks(red.id(), Set.of(blueAlice.userId(), blueBob.userId())))
                .isEmpty();
        assertThat(world.scores.currentStreaks(red.id(), Set.of(redAlice.userId())))
                .containsEntry(redAlice.userId(), 1);
    }
}
