package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;

/** Review state, question statistics and bot settings. */
class SmallRepositoriesTest {

    @BothDatabases
    @DisplayName(
            "GIVEN review states of a member WHEN due items are asked for THEN only those due come back, most overdue first, with every field intact")
    void reviewState(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        long ada = fixtures.user(fixtures.team().id(), "ada");
        ReviewRepository reviews = new ReviewRepository(db);
        Instant now = clock.instant();
        ReviewState overdue = new ReviewState(
                ada,
                "go-roadmap",
                "q1",
                "epoll",
                3,
                6,
                2.36,
                1,
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(8)));
        ReviewState dueNow = new ReviewState(ada, "go-roadmap", "q2", "gc", 1, 1, 2.5, 0, now, null);
        ReviewState later =
                new ReviewState(ada, "go-roadmap", "q3", "gc", 2, 3, 2.6, 0, now.plus(Duration.ofDays(1)), now);
        reviews.put(dueNow);
        reviews.put(later);
        reviews.put(overdue.withEase(1.3));
        reviews.put(overdue);

        assertThat(reviews.due(ada, "go-roadmap", now, 10)).containsExactly(overdue, dueNow);
        assertThat(reviews.due(ada, "go-roadmap", now, 1)).containsExactly(overdue);
        assertThat(reviews.get(ada, "go-roadmap", "q3")).contains(later);
        assertThat(reviews.get(ada, "go-roadmap", "q9")).isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a question asked and answered WHEN its statistics are read THEN they count asks, answers and right answers per team")
    void questionStats(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Team team = fixtures.team();
        Team other = fixtures.team();
        QuestionStatsRepository stats = new QuestionStatsRepository(db);

        stats.incrementAsked(team.id(), "go-roadmap", "q1");
        stats.incrementAsked(team.id(), "go-roadmap", "q1");
        stats.incrementAnswered(team.id(), "go-roadmap", "q1", true);
        stats.incrementAnswered(team.id(), "go-roadmap", "q1", false);
        stats.incrementAnswered(team.id(), "go-roadmap", "q1", true);
        stats.incrementAsked(team.id(), "go-roadmap", "q0");
        stats.incrementAsked(other.id(), "go-roadmap", "q1");

        assertThat(stats.stats(team.id()))
                .containsExactly(
                        new QuestionStats(team.id(), "go-roadmap", "q0", 1, 0, 0),
                        new QuestionStats(team.id(), "go-roadmap", "q1", 2, 3, 2));
    }

    @BothDatabases
    @DisplayName(
            "GIVEN no signing secret yet WHEN two callers ask for it THEN the first one's value is stored and both get it")
    void settingsGetOrCreate(Database db) {
        SettingsRepository settings = new SettingsRepository(db);
        String key = Fixtures.unique("secret");
        AtomicInteger made = new AtomicInteger();

        String first = settings.getOrCreate(key, () -> "secret-" + made.incrementAndGet());
        String second = settings.getOrCreate(key, () -> "secret-" + made.incrementAndGet());
        settings.put(key + ".other", "x");
        settings.put(key + ".other", "y");

        assertThat(first).isEqualTo("secret-1").isEqualTo(second);
        assertThat(settings.get(key + ".other")).contains("y");
    }
}
