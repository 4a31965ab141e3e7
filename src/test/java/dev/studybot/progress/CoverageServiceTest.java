package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.studybot.store.BothDatabases;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.Team;
import dev.studybot.store.TopicStatus;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The team's coverage: members done per section, team mastery, blind spots first")
class CoverageServiceTest {
    private static final String MINI = TestWorld.MINI.id();

    private static TeamCoverage.Section section(TeamCoverage coverage, String topicId) {
        return coverage.levels().stream()
                .flatMap(l -> l.sections().stream())
                .filter(s -> s.topic().id().equals(topicId))
                .findFirst()
                .orElseThrow();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN four members with different statuses WHEN the team's coverage is computed THEN each section has the share of members with 80% of it done, and untouched must-know sections are blind spots")
    void sharesAndBlindSpots(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team team = world.team("Gophers");
        MemberRef ann = world.member(team, "ann");
        MemberRef bob = world.member(team, "bob");
        MemberRef cat = world.member(team, "cat");
        world.member(team, "dan");
        world.mark(ann, MINI, "1.1", TopicStatus.DONE); // 9 of 9
        world.mark(bob, MINI, "1.1.1", TopicStatus.DONE); // 3
        world.mark(bob, MINI, "1.1.2", TopicStatus.DONE); // + 3
        world.mark(bob, MINI, "1.1.3", TopicStatus.DONE); // + 1 = 7 of 9: under 80%
        world.mark(cat, MINI, "1.2.1", TopicStatus.LEARNING);

        CoverageService service = new CoverageService(world.teams, world.statuses, world.answers, clock);
        TeamCoverage coverage = service.coverage(team.id(), team.name(), TestWorld.MINI);

        assertThat(coverage.members()).isEqualTo(4);
        assertThat(coverage.levels()).extracting(l -> l.topic().title()).containsExactly("初级", "高级");
        assertThat(section(coverage, "1.1")).satisfies(s -> {
            assertThat(s.membersDone()).isEqualTo(1);
            assertThat(s.membersCovering()).isEqualTo(2);
            assertThat(s.doneShare()).isEqualTo(0.25);
            assertThat(s.blindSpot()).isFalse();
        });
        assertThat(section(coverage, "1.2")).satisfies(s -> {
            assertThat(s.membersDone()).isZero();
            assertThat(s.membersCovering()).isEqualTo(1);
            assertThat(s.blindSpot()).as("someone is learning it").isFalse();
        });
        assertThat(section(coverage, "2.2").blindSpot()).as("only recommended").isFalse();
        assertThat(coverage.blindSpots()).extracting(s -> s.topic().id()).containsExactly("2.1");

        // a wrong answer does not cover a section; a right one does
        ChannelSettings channel = world.quizChannel(team, ZoneId.of("UTC"));
        MemberRef dan = world.teams
                .findUserByName(team.id(), "dan")
                .map(m -> new MemberRef(team.id(), m.id(), m.displayName()))
                .orElseThrow();
        world.quizAnswer(channel, dan, "2.1.1", false, clock.instant().minus(Duration.ofDays(30)));
        assertThat(service.coverage(team.id(), team.name(), TestWorld.MINI).blindSpots())
                .extracting(s -> s.topic().id())
                .containsExactly("2.1");
        world.practice(ann, MINI, "2.1.2", true, clock.instant());
        TeamCoverage after = service.coverage(team.id(), team.name(), TestWorld.MINI);
        assertThat(after.blindSpots()).isEmpty();
        // the team's mastery pools every member's answers: wrong a month ago (1/2), right now (1)
        assertThat(section(after, "2.1").mastery()).hasValueCloseTo(1 / 1.5, within(0.01));
        assertThat(section(after, "2.1").answered()).isEqualTo(2);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN another team whose members have the same names and cover everything WHEN this team's coverage is computed THEN nothing of theirs counts")
    void otherTeamsNeverCount(Database db, MutableClock clock) {
        clock.set(MutableClock.START);
        TestWorld world = new TestWorld(db, clock);
        Team red = world.team("Red");
        Team blue = world.team("Blue");
        world.member(red, "ann");
        MemberRef blueAnn = world.member(blue, "ann");
        world.mark(blueAnn, MINI, "1", TopicStatus.DONE);
        world.mark(blueAnn, MINI, "2", TopicStatus.DONE);
        ChannelSettings blueChannel = world.quizChannel(blue, ZoneId.of("UTC"));
        world.quizAnswer(blueChannel, blueAnn, "2.1.1", true, clock.instant());
        world.practice(blueAnn, MINI, "1.2.1", true, clock.instant());

        TeamCoverage coverage = new CoverageService(world.teams, world.statuses, world.answers, clock)
                .coverage(red.id(), red.name(), TestWorld.MINI);

        assertThat(coverage.members()).isEqualTo(1);
        assertThat(coverage.levels().stream().flatMap(l -> l.sections().stream()))
                .allSatisfy(s -> {
                    assertThat(s.membersDone()).isZero();
                    assertThat(s.mastery()).isEmpty();
                });
        assertThat(coverage.blindSpots()).extracting(s -> s.topic().id()).containsExactly("1.1", "1.2", "2.1");
    }
}
