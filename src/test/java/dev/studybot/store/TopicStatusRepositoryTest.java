package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;

class TopicStatusRepositoryTest {

    @BothDatabases
    @DisplayName(
            "GIVEN a member marking topics WHEN a status changes or is cleared THEN the member has one status per topic")
    void oneStatusPerTopic(Database db) {
        Fixtures fixtures = new Fixtures(db);
        long ada = fixtures.user(fixtures.team().id(), "ada");
        TopicStatusRepository statuses = new TopicStatusRepository(db);

        statuses.setStatus(ada, "go-roadmap", "epoll", TopicStatus.LEARNING);
        statuses.setStatus(ada, "go-roadmap", "epoll", TopicStatus.DONE);
        statuses.setStatus(ada, "go-roadmap", "channels", TopicStatus.SKIPPED);
        statuses.setStatus(ada, "rust-roadmap", "ownership", TopicStatus.DONE);

        assertThat(statuses.statuses(ada, "go-roadmap"))
                .containsExactly(
                        java.util.Map.entry("channels", TopicStatus.SKIPPED),
                        java.util.Map.entry("epoll", TopicStatus.DONE));
        assertThat(statuses.clearStatus(ada, "go-roadmap", "channels")).isTrue();
        assertThat(statuses.clearStatus(ada, "go-roadmap", "channels")).isFalse();
        assertThat(statuses.statuses(ada, "go-roadmap")).containsOnlyKeys("epoll");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN members of a team with statuses WHEN the team's coverage is counted THEN each topic shows how many members are at each status, and other teams do not count")
    void countsTeamCoverage(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Team team = fixtures.team();
        long ada = fixtures.user(team.id(), "ada");
        long bob = fixtures.user(team.id(), "bob");
        long outsider = fixtures.user(fixtures.team().id(), "eve");
        TopicStatusRepository statuses = new TopicStatusRepository(db);
        statuses.setStatus(ada, "go-roadmap", "epoll", TopicStatus.DONE);
        statuses.setStatus(bob, "go-roadmap", "epoll", TopicStatus.DONE);
        statuses.setStatus(bob, "go-roadmap", "gc", TopicStatus.LEARNING);
        statuses.setStatus(outsider, "go-roadmap", "epoll", TopicStatus.DONE);

        assertThat(statuses.teamCounts(team.id(), "go-roadmap"))
                .containsExactly(
                        new TopicCount("epoll", TopicStatus.DONE, 2), new TopicCount("gc", TopicStatus.LEARNING, 1));
    }
}
