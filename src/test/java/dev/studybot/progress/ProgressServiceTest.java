package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.studybot.roadmap.Topic;
import dev.studybot.store.BothDatabases;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Team;
import dev.studybot.store.TopicStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A member's progress: statuses, mastery, the next must-know topics and \"done, shaky\"")
class ProgressServiceTest {
    private static final String MINI = TestWorld.MINI.id();

    private static ProgressService service(TestWorld world) {
        return new ProgressService(world.statuses, world.answers, world.clock);
    }

    private static MemberProgress.Row row(MemberProgress progress, String topicId) {
        return progress.rows().stream()
                .filter(r -> r.topic().id().equals(topicId))
                .findFirst()
                .orElseThrow();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN statuses on a section, a subtopic and a unit WHEN progress is computed THEN a status holds for its subtree and each level and must-know section counts done / learning / total")
    void countsPerLevelAndSection(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        MemberRef ann = world.member(world.team("Gophers"), "ann");
        world.mark(ann, MINI, "1.1.1", TopicStatus.DONE); // 网络 and its TCP, UDP
        world.mark(ann, MINI, "1.1.2.2", TopicStatus.LEARNING); // epoll
        world.mark(ann, MINI, "1.1.3", TopicStatus.SKIPPED);

        MemberProgress progress = service(world).progress(ann, TestWorld.MINI);

        assertThat(progress.rows())
                .extracting(r -> r.topic().id())
                .as("levels, each followed by its must-know sections (2.2 is only recommended)")
                .containsExactly("1", "1.1", "1.2", "2", "2.1");
        assertThat(row(progress, "1")).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(MemberProgress.Kind.LEVEL);
            assertThat(r.done()).isEqualTo(3);
            assertThat(r.learning()).isEqualTo(1);
            assertThat(r.total()).isEqualTo(13);
        });
        assertThat(row(progress, "1.1")).satisfies(r -> {
            assertThat(r.done()).isEqualTo(3);
            assertThat(r.learning()).isEqualTo(1);
            assertThat(r.total()).isEqualTo(9);
            assertThat(r.mastery()).isEmpty();
        });
        assertThat(row(progress, "1.2").total()).isEqualTo(3);
        assertThat(row(progress, "2").total()).isEqualTo(6);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN units done, skipped, learning and untouched WHEN the next topics are picked THEN three must-know units come: learning first, then untouched in roadmap order")
    void nextThreeMustKnowTopics(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        MemberRef ann = world.member(world.team("Gophers"), "ann");
        world.mark(ann, MINI, "1.1.1", TopicStatus.DONE);
        world.mark(ann, MINI, "1.1.3", TopicStatus.SKIPPED);
        world.mark(ann, MINI, "2.1.1", TopicStatus.LEARNING);

        MemberProgress progress = service(world).progress(ann, TestWorld.MINI);

        assertThat(progress.next())
                .extracting(n -> n.topic().title(), MemberProgress.Next::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GMP", MemberProgress.Reason.LEARNING),
                        org.assertj.core.groups.Tuple.tuple("操作系统", MemberProgress.Reason.NEW),
                        org.assertj.core.groups.Tuple.tuple("语法", MemberProgress.Reason.NEW));

        world.mark(ann, MINI, "1", TopicStatus.DONE);
        world.mark(ann, MINI, "2.1.1", TopicStatus.DONE);
        assertThat(service(world).progress(ann, TestWorld.MINI).next())
                .as("everything must-know done or skipped")
                .isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a topic marked done WHEN the member then answers its questions wrong twice (quiz, practice) THEN it is \"done, shaky\" until marked done again")
    void doneShakyAfterTwoWrongAnswers(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings channel = world.quizChannel(team, ZoneId.of("UTC"));
        MemberRef ann = world.member(team, "ann");
        ProgressService service = service(world);

        world.quizAnswer(channel, ann, "1.1.2.2", false, clock.instant().minusSeconds(60)); // before: not counted
        world.mark(ann, MINI, "1.1.2", TopicStatus.DONE); // 操作系统
        clock.advance(Duration.ofHours(1));
        world.quizAnswer(channel, ann, "1.1.2.1", false, clock.instant()); // 进程, under it
        world.practice(ann, MINI, "1.1.2", true, clock.instant()); // right answers do not count
        assertThat(service.shaky(ann, TestWorld.MINI, "1.1.2"))
                .as("one wrong answer")
                .isFalse();

        clock.advance(Duration.ofHours(1));
        world.practice(ann, MINI, "1.1.2", false, clock.instant());

        assertThat(service.shaky(ann, TestWorld.MINI, "1.1.2")).isTrue();
        MemberProgress progress = service.progress(ann, TestWorld.MINI);
        assertThat(progress.shaky()).extracting(Topic::title).containsExactly("操作系统");
        assertThat(row(progress, "1.1").shaky())
                .as("its subtopics had one wrong answer at most")
                .isEqualTo(1);
        assertThat(progress.next().get(0)).satisfies(n -> {
            assertThat(n.topic().title()).isEqualTo("操作系统");
            assertThat(n.reason()).isEqualTo(MemberProgress.Reason.SHAKY);
        });
        assertThat(service.shaky(ann, TestWorld.MINI, "1.1.1"))
                .as("another topic")
                .isFalse();

        clock.advance(Duration.ofHours(1));
        world.mark(ann, MINI, "1.1.2", TopicStatus.DONE);
        assertThat(service.shaky(ann, TestWorld.MINI, "1.1.2"))
                .as("marked done again")
                .isFalse();
        assertThat(service.progress(ann, TestWorld.MINI).shaky()).isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN quiz and practice answers of different ages WHEN mastery is computed THEN each section weighs its own answers by 2^(-age/30 days)")
    void masteryFromStoredAnswers(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        ChannelSettings channel = world.quizChannel(team, ZoneId.of("UTC"));
        MemberRef ann = world.member(team, "ann");
        Instant now = clock.instant();
        world.quizAnswer(channel, ann, "1.1.1.1", true, now.minus(Duration.ofDays(60))); // TCP, right, old
        world.practice(ann, MINI, "1.1.1", false, now.minus(Duration.ofDays(1))); // 网络, wrong, recent
        world.practice(ann, MINI, "2.1.1", true, now);
        world.practice(ann, "another-roadmap", "1.1.1", true, now);

        MemberProgress progress = service(world).progress(ann, TestWorld.MINI);

        double right = 0.25;
        double wrong = Math.pow(2, -1.0 / 30);
        assertThat(row(progress, "1.1").mastery()).hasValueCloseTo(right / (right + wrong), within(1e-9));
        assertThat(row(progress, "1.1").answered()).isEqualTo(2);
        assertThat(row(progress, "1").mastery()).hasValueCloseTo(right / (right + wrong), within(1e-9));
        assertThat(row(progress, "1.2").mastery()).isEmpty();
        assertThat(row(progress, "2.1").mastery()).hasValue(1.0);
        assertThat(progress.answered())
                .as("the other roadmap's answer is not counted")
                .isEqualTo(3);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN two teams with members of the same names WHEN a member option is resolved THEN only the caller's team is searched")
    void memberOptionStaysInTheTeam(Database db, MutableClock clock) {
        TestWorld world = new TestWorld(db, clock);
        Team red = world.team("Red");
        Team blue = world.team("Blue");
        MemberRef redAlice = world.member(red, "Alice");
        MemberRef blueAlice = world.member(blue, "Alice");
        world.member(blue, "bob");
        Members members = new Members(world.teams);

        assertThat(members.find(red.id(), "Alice")).map(MemberRef::userId).contains(redAlice.userId());
        assertThat(members.find(blue.id(), "@alice")).map(MemberRef::userId).contains(blueAlice.userId());
        assertThat(members.find(red.id(), "bob")).as("bob is in the other team").isEmpty();
        String externalId =
                world.teams.findUser(redAlice.userId()).orElseThrow().externalId();
        assertThat(members.find(red.id(), externalId))
                .map(MemberRef::displayName)
                .contains("Alice");
        assertThat(members.find(red.id(), "<@" + externalId + ">"))
                .map(MemberRef::userId)
                .contains(redAlice.userId());
        assertThat(members.find(blue.id(), externalId)).as("red's id in blue").isEmpty();
        assertThat(List.of(members.find(red.id(), " "), members.find(red.id(), "@")))
                .allMatch(o -> o.isEmpty());
    }
}
