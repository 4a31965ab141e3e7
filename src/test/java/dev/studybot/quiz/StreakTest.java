package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Caller;
import dev.studybot.chat.Reply;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.Database;
import dev.studybot.store.Dialect;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.QuizState;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.Streak;
import dev.studybot.store.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Streaks: consecutive scheduled quizzes of a channel answered right, by its local dates")
class StreakTest {
    /** A channel with its schedule, and a member who answers day by day. */
    private static final class Channel {
        final QuizWorld world;
        final Database db;
        final MutableClock clock;
        final Caller admin = QuizWorld.caller("guild-streak", QuizWorld.CHANNEL, "alice", true);
        final long channelId;
        final long teamId;

        Channel(Database db, MutableClock clock, String days) {
            this.db = db;
            this.clock = clock;
            this.world = new QuizWorld(db, clock, new FakeGateway());
            world.command(admin, "schedule", Map.of("time", "09:30", "zone", "UTC", "days", days));
            QuizService.Where where = world.service.where(admin);
            this.channelId = where.channel().id();
            this.teamId = where.team().id();
        }

        /** One day: the 09:30 tick, the answers (name: right or wrong), the close at 17:30. */
        Map<String, Integer> day(String date, Map<String, Boolean> answers) {
            clock.set(Instant.parse(date + "T09:30:00Z"));
            world.tick();
            Map<String, Integer> points = new LinkedHashMap<>();
            if (!answers.isEmpty()) {
                Quiz quiz = new QuizRepository(db)
                        .findDaily(channelId, LocalDate.parse(date))
                        .orElseThrow();
                points.putAll(answer(quiz, answers));
            }
            clock.set(Instant.parse(date + "T17:30:00Z"));
            world.tick();
            return points;
        }

        Map<String, Integer> answer(Quiz quiz, Map<String, Boolean> answers) {
            Question question = QuizWorld.CATALOG.pool().byId(quiz.questionId()).orElseThrow();
            int right = quiz.optionsOrder().indexOf(question.answer());
            Reply post = world.gateway.questions().stream()
                    .filter(c -> c.messageId().equals(quiz.messageId()))
                    .findFirst()
                    .orElseThrow()
                    .reply();
            Map<String, Integer> points = new LinkedHashMap<>();
            for (Map.Entry<String, Boolean> answer : answers.entrySet()) {
                clock.advance(java.time.Duration.ofMinutes(1));
                Caller member = QuizWorld.caller("guild-streak", QuizWorld.CHANNEL, answer.getKey(), false);
                world.press(
                        member,
                        post.buttons()
                                .get(answer.getValue() ? right : (right + 1) % 4)
                                .id());
                long userId = world.service
                        .store()
                        .teams()
                        .findUserByName(teamId, answer.getKey())
                        .orElseThrow()
                        .id();
                points.put(
                        answer.getKey(),
                        new AnswerRepository(db)
                                .find(quiz.id(), userId)
                                .orElseThrow()
                                .points());
            }
            return points;
        }

        int streak(String name) {
            long userId = world.service
                    .store()
                    .teams()
                    .findUserByName(teamId, name)
                    .orElseThrow()
                    .id();
            return new ScoreRepository(db)
                    .streak(userId, channelId)
                    .map(Streak::current)
                    .orElse(0);
        }

        int best(String name) {
            long userId = world.service
                    .store()
                    .teams()
                    .findUserByName(teamId, name)
                    .orElseThrow()
                    .id();
            return new ScoreRepository(db)
                    .streak(userId, channelId)
                    .map(Streak::best)
                    .orElse(0);
        }

        Map<Long, Integer> live(String name) {
            long userId = world.service
                    .store()
                    .teams()
                    .findUserByName(teamId, name)
                    .orElseThrow()
                    .id();
            return new ScoreRepository(db).currentStreaks(teamId, Set.of(userId));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName("GIVEN quizzes Monday, Tuesday, Thursday and Friday WHEN a member answers right, skips Wednesday (no"
            + " quiz), misses a quiz, answers wrong THEN the day off keeps the run, the miss breaks it, the wrong"
            + " answer resets it, a day the bot skipped keeps it, an extra quiz does not count, and the bonus"
            + " is +1 per quiz beyond the first")
    void streakRules(Dialect dialect) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        try (Database db = Database.open(TestDatabases.newUrl(dialect), TestDatabases.options(clock))) {
            Channel c = new Channel(db, clock, "mon,tue,thu,fri");

            assertThat(c.day("2026-11-02", Map.of("ann", true))).containsEntry("ann", 13);
            assertThat(c.streak("ann")).isEqualTo(1);
            assertThat(c.day("2026-11-03", Map.of("ann", true)))
                    .as("second in a row: +1")
                    .containsEntry("ann", 14);
            c.day("2026-11-04", Map.of());
            assertThat(c.world.gateway.questions()).as("no quiz on Wednesday").hasSize(2);
            assertThat(c.day("2026-11-05", Map.of("ann", true)))
                    .as("Wednesday had no quiz")
                    .containsEntry("ann", 15);
            assertThat(c.streak("ann")).isEqualTo(3);

            clock.set(Instant.parse("2026-11-05T18:00:00Z"));
            assertThat(QuizWorld.text(c.world.command(c.admin, "now", Map.of())))
                    .contains("已加发一道题");
            Quiz extra = new QuizRepository(db).openQuizzes(c.channelId).get(0);
            assertThat(c.answer(extra, Map.of("ann", true)))
                    .as("an extra quiz: no streak bonus")
                    .containsEntry("ann", 13);
            assertThat(c.streak("ann"))
                    .as("an extra quiz does not move the run")
                    .isEqualTo(3);

            assertThat(c.day("2026-11-06", Map.of("bob", true))).containsEntry("bob", 13);
            assertThat(c.live("ann"))
                    .as("the missed Friday has closed: no live run")
                    .isEmpty();
            assertThat(c.day("2026-11-09", Map.of("ann", true)))
                    .as("the miss broke the run")
                    .containsEntry("ann", 13);
            assertThat(c.streak("ann")).isEqualTo(1);
            assertThat(c.day("2026-11-10", Map.of("ann", false))).containsEntry("ann", 0);
            assertThat(c.streak("ann")).isZero();
            assertThat(c.day("2026-11-12", Map.of("ann", true))).containsEntry("ann", 13);
            assertThat(c.day("2026-11-13", Map.of("ann", true))).containsEntry("ann", 14);

            clock.set(Instant.parse("2026-11-16T12:00:00Z")); // the bot was down all morning
            c.world.tick();
            assertThat(new QuizRepository(db)
                            .findDaily(c.channelId, LocalDate.parse("2026-11-16"))
                            .orElseThrow()
                            .state())
                    .isEqualTo(QuizState.SKIPPED);
            assertThat(c.day("2026-11-17", Map.of("ann", true)))
                    .as("a skipped day is no quiz: the run goes on")
                    .containsEntry("ann", 15);
            assertThat(c.streak("ann")).isEqualTo(3);
            assertThat(c.best("ann")).isEqualTo(3);
            assertThat(c.live("ann")).containsValue(3);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(Dialect.class)
    @DisplayName(
            "GIVEN a member right eight days running WHEN scored THEN the streak bonus grows by 1 a day and stops at 5")
    void streakBonusIsCapped(Dialect dialect) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        try (Database db = Database.open(TestDatabases.newUrl(dialect), TestDatabases.options(clock))) {
            Channel c = new Channel(db, clock, "daily");
            List<Integer> points = new ArrayList<>();
            for (int day = 0; day < 8; day++) {
                String date = LocalDate.parse("2026-11-02").plusDays(day).toString();
                points.add(c.day(date, Map.of("ann", true)).get("ann"));
            }
            assertThat(points).containsExactly(13, 14, 15, 16, 17, 18, 18, 18);
            assertThat(c.streak("ann")).isEqualTo(8);
        }
    }
}
