package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.Caller;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.Database;
import dev.studybot.store.Dialect;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Platform;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TestDatabases;
import dev.studybot.store.TopicStatus;
import dev.studybot.store.TopicStatusRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Picking the channel's question: no repeats, the level range, curated first, weak sections first, by seed")
class QuizPickerTest {
    private static final QuestionPool POOL = QuizWorld.CATALOG.pool();
    private static final Roadmap ROADMAP = POOL.roadmap();

    /** {@code count} picks in a row, each added to the channel's history. */
    private static List<Question> picks(int levelMin, int levelMax, int count, TeamKnowledge knowledge, long seed) {
        List<String> asked = new ArrayList<>();
        List<Question> picked = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Question q = QuizPicker.pick(POOL, levelMin, levelMax, asked, knowledge, random)
                    .orElseThrow();
            picked.add(q);
            asked.add(q.id());
        }
        return picked;
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    @Test
    @DisplayName("GIVEN the 29 questions of levels 1-2 WHEN 58 quizzes are picked THEN the first 29 are all different,"
            + " curated (20) before generated (9), and the next 29 go round the whole pool again")
    void noRepeatUntilThePoolIsUsedUp() {
        assertThat(POOL.curated()).hasSize(20);
        assertThat(POOL.generated()).hasSize(9);
        List<Question> picked = picks(1, 2, 58, TeamKnowledge.none(ROADMAP), 11);

        List<Question> firstRound = picked.subList(0, 29);
        assertThat(new HashSet<>(ids(firstRound))).hasSize(29);
        assertThat(firstRound.subList(0, 20))
                .allSatisfy(q -> assertThat(q.source()).isEqualTo(Question.Source.CURATED));
        assertThat(firstRound.subList(20, 29))
                .allSatisfy(q -> assertThat(q.source()).isEqualTo(Question.Source.GENERATED));
        List<Question> secondRound = picked.subList(29, 58);
        assertThat(new HashSet<>(ids(secondRound))).hasSize(29);
        assertThat(secondRound.subList(0, 20))
                .allSatisfy(q -> assertThat(q.source()).isEqualTo(Question.Source.CURATED));
    }

    @Test
    @DisplayName("GIVEN a level range WHEN questions are picked THEN every one is of those levels (1 初级, 2 高级), and"
            + " the range's own pool is used up before any repeat")
    void levelRangeIsHonoured() {
        List<Question> seniorOnly = picks(2, 2, 11, TeamKnowledge.none(ROADMAP), 5);
        assertThat(seniorOnly).allSatisfy(q -> assertThat(POOL.level(q)).isEqualTo(2));
        assertThat(new HashSet<>(ids(seniorOnly))).hasSize(11);
        assertThat(picks(1, 1, 18, TeamKnowledge.none(ROADMAP), 5)).allSatisfy(q -> assertThat(
                        ROADMAP.byId(q.topicId()).map(t -> ROADMAP.root(t).id()))
                .contains("1"));
        assertThat(QuizPicker.pick(POOL, 3, 4, List.of(), TeamKnowledge.none(ROADMAP), new Random(1)))
                .as("the mini roadmap has no level 3 or 4")
                .isEmpty();
    }

    @Test
    @DisplayName("GIVEN a team that answers 并发 right and marked all of it done WHEN the first quiz is picked 3000 times"
            + " THEN 并发 comes up far less often than the sections nobody knows, yet still comes up")
    void weakSectionsAreFavoured() {
        TeamKnowledge.Builder strong = TeamKnowledge.builder(ROADMAP, 3);
        strong.answers("2.1.1", 30, 29).answers("2.1.2", 30, 30).answers("2.1.3", 20, 19);
        Topic concurrency = ROADMAP.byId("2.1").orElseThrow();
        for (int member = 0; member < 3; member++) {
            ROADMAP.subtree(concurrency).forEach(t -> strong.done(t.id()));
        }
        TeamKnowledge knowsConcurrency = strong.build();
        assertThat(knowsConcurrency.knowledge("2.1")).isGreaterThan(0.9);
        assertThat(knowsConcurrency.knowledge("1.1")).isEqualTo(0.25);

        double before = shareOf("2.1", TeamKnowledge.none(ROADMAP));
        double after = shareOf("2.1", knowsConcurrency);

        assertThat(before)
                .as("three sections with curated questions, equally weak")
                .isBetween(0.28, 0.39);
        assertThat(after).isBetween(0.005, 0.08);
    }

    @Test
    @DisplayName("GIVEN a one-member team whose member marked 并发 done but its goroutine learning WHEN its knowledge is"
            + " computed THEN goroutine does not count as done: 3 of 并发's 4 topics are")
    void aSubtopicMarkedLearningUnderADoneSectionIsNotDone() {
        TeamKnowledge knowledge = TeamKnowledge.builder(ROADMAP, 1)
                .member(Map.of("2.1", TopicStatus.DONE, "2.1.1", TopicStatus.LEARNING))
                .build();

        assertThat(knowledge.knowledge("2.1"))
                .as("half from answers (none: 0.5), half from 3 of 4 topics done")
                .isEqualTo(0.5 * 0.5 + 0.5 * 3 / 4);
    }

    @Test
    @DisplayName("GIVEN a two-member team where one marked 并发 and its goroutine done and the other nothing WHEN its"
            + " knowledge is computed through the store THEN goroutine counts once: half of the team's 并发 is done")
    void aSectionAndItsSubtopicBothDoneCountOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        try (Database db = Database.open(TestDatabases.newUrl(Dialect.SQLITE), TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, new FakeGateway());
            TeamRepository teams = new TeamRepository(db);
            TopicStatusRepository statuses = new TopicStatusRepository(db);
            Team team = teams.upsertTeam(Platform.DISCORD, "guild-knowledge", "Gophers");
            long ann = teams.upsertUser(team.id(), "u-ann", "ann");
            teams.upsertUser(team.id(), "u-bob", "bob");
            statuses.setStatus(ann, ROADMAP.id(), "2.1", TopicStatus.DONE);
            statuses.setStatus(ann, ROADMAP.id(), "2.1.1", TopicStatus.DONE);
            statuses.setStatus(ann, ROADMAP.id(), "1.1", TopicStatus.DONE);
            statuses.setStatus(ann, ROADMAP.id(), "1.1.1", TopicStatus.SKIPPED);

            TeamKnowledge knowledge = world.service.knowledge(team, ROADMAP);

            assertThat(knowledge.knowledge("2.1")).isEqualTo(0.5 * 0.5 + 0.5 * 4 / 8);
            assertThat(knowledge.knowledge("1.1"))
                    .as("基础 has 5 topics; ann skipped one of them")
                    .isEqualTo(0.5 * 0.5 + 0.5 * 4 / 10);
            world.close();
        }
    }

    private static double shareOf(String section, TeamKnowledge knowledge) {
        int hits = 0;
        int draws = 3000;
        Random random = new Random(2026);
        for (int i = 0; i < draws; i++) {
            Question q =
                    QuizPicker.pick(POOL, 1, 2, List.of(), knowledge, random).orElseThrow();
            if (q.topicId().startsWith(section + ".")) {
                hits++;
            }
        }
        return (double) hits / draws;
    }

    @Test
    @DisplayName(
            "GIVEN the same seed WHEN the picks are made again THEN they are the same; another seed picks otherwise")
    void sameSeedSamePicks() {
        assertThat(ids(picks(1, 2, 15, TeamKnowledge.none(ROADMAP), 99)))
                .isEqualTo(ids(picks(1, 2, 15, TeamKnowledge.none(ROADMAP), 99)))
                .isNotEqualTo(ids(picks(1, 2, 15, TeamKnowledge.none(ROADMAP), 100)));
        assertThat(QuizPicker.shuffledOptions(new Random(3))).isEqualTo(QuizPicker.shuffledOptions(new Random(3)));
        assertThat(QuizPicker.shuffledOptions(new Random(3))).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    @DisplayName(
            "GIVEN quiz.seed 42 WHEN two fresh bots run the same week THEN they post the same questions with the same"
                    + " option orders, each of them only once")
    void configuredSeedRepeatsTheWholeWeek() {
        List<String> first = week();
        List<String> second = week();
        assertThat(first).hasSize(7).isEqualTo(second);
        assertThat(first.stream().map(s -> s.substring(0, s.indexOf('@'))).distinct())
                .hasSize(7);
    }

    private static List<String> week() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        try (Database db = Database.open(TestDatabases.newUrl(Dialect.SQLITE), TestDatabases.options(clock))) {
            QuizWorld world = new QuizWorld(db, clock, new FakeGateway(), QuizWorld.defaults(ZoneId.of("UTC"), 42));
            Caller admin = QuizWorld.caller("guild-seed", QuizWorld.CHANNEL, "alice", true);
            world.command(admin, "schedule", Map.of("time", "09:30", "zone", "UTC", "days", "daily"));
            world.run(Duration.ofDays(7), Duration.ofMinutes(30));
            long channelId = world.service.where(admin).channel().id();
            List<String> posted = new ArrayList<>();
            for (Quiz quiz : new QuizRepository(db).dailiesFrom(channelId, LocalDate.parse("2026-11-02"))) {
                posted.add(quiz.questionId() + "@" + quiz.optionsOrder());
            }
            world.close();
            return posted;
        }
    }
}
