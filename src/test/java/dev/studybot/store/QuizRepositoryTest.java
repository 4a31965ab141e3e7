package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

class QuizRepositoryTest {
    private static final Duration LEASE = Duration.ofMinutes(5);

    @BothDatabases
    @DisplayName(
            "GIVEN a channel's day WHEN two processes claim its daily quiz THEN the first posts it and the second is told it is taken")
    void oneDailyQuizPerDay(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        ChannelSettings channel = fixtures.channel(fixtures.team().id());
        QuizRepository quizzes = new QuizRepository(db);
        Instant now = clock.instant();

        ClaimResult first = quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "shard-0", now, LEASE);
        ClaimResult second = quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "shard-1", now, LEASE);
        ClaimResult retry = quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "shard-0", now, LEASE);

        assertThat(first).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(first.quiz().state()).isEqualTo(QuizState.CLAIMED);
        assertThat(first.quiz().optionsOrder()).containsExactly(2, 0, 3, 1);
        assertThat(first.quiz().claimExpiresAt()).isEqualTo(now.plus(LEASE));
        assertThat(second).isInstanceOf(ClaimResult.AlreadyTaken.class);
        assertThat(second.quiz().id()).isEqualTo(first.quiz().id());
        assertThat(second.quiz().claimedBy()).isEqualTo("shard-0");
        assertThat(retry).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(quizzes.claimDaily(channel.id(), Fixtures.DAY.plusDays(1), Fixtures.QUESTION, "shard-1", now, LEASE))
                .isInstanceOf(ClaimResult.Claimed.class);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a claim whose process died WHEN its lease expires THEN another process may take the day over, but not before")
    void expiredClaimCanBeTakenOver(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        ChannelSettings channel = fixtures.channel(fixtures.team().id());
        QuizRepository quizzes = new QuizRepository(db);
        Quiz dead = quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "dead", clock.instant(), LEASE)
                .quiz();

        clock.advance(LEASE.minusSeconds(1));
        assertThat(quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "alive", clock.instant(), LEASE))
                .isInstanceOf(ClaimResult.AlreadyTaken.class);
        clock.advance(Duration.ofSeconds(2));
        ClaimResult takeover =
                quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "alive", clock.instant(), LEASE);

        assertThat(takeover).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(takeover.quiz().id()).isEqualTo(dead.id());
        assertThat(takeover.quiz().claimedBy()).isEqualTo("alive");
        assertThat(quizzes.markPosted(dead.id(), "dead", "m", clock.instant(), clock.instant()))
                .as("the dead process's late post is refused")
                .isFalse();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a claimed quiz WHEN it is posted and its window passes THEN it is due to close, and only one close call closes it")
    void postsAndClosesOnce(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        ChannelSettings channel = fixtures.channel(fixtures.team().id());
        QuizRepository quizzes = new QuizRepository(db);
        Instant now = clock.instant();
        Quiz quiz = quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "p", now, LEASE)
                .quiz();

        assertThat(quizzes.markPosted(quiz.id(), "p", "1234", now, now.plus(Duration.ofHours(8))))
                .isTrue();
        Quiz open = quizzes.find(quiz.id()).orElseThrow();
        assertThat(open.state()).isEqualTo(QuizState.OPEN);
        assertThat(open.messageId()).isEqualTo("1234");
        assertThat(quizzes.dueToClose(now.plus(Duration.ofHours(7))))
                .extracting(Quiz::id)
                .doesNotContain(quiz.id());
        assertThat(quizzes.dueToClose(now.plus(Duration.ofHours(8))))
                .extracting(Quiz::id)
                .contains(quiz.id());

        assertThat(quizzes.close(quiz.id(), now.plus(Duration.ofHours(8)))).isTrue();
        assertThat(quizzes.close(quiz.id(), now.plus(Duration.ofHours(9)))).isFalse();
        Quiz closed = quizzes.find(quiz.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(QuizState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(now.plus(Duration.ofHours(8)));
        assertThat(quizzes.dueToClose(now.plus(Duration.ofDays(1))))
                .extracting(Quiz::id)
                .doesNotContain(quiz.id());
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a post that failed WHEN the claim is released THEN the day can be claimed again, still as one row")
    void failedPostCanBeRetried(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        ChannelSettings channel = fixtures.channel(fixtures.team().id());
        QuizRepository quizzes = new QuizRepository(db);
        Quiz quiz = quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "p", clock.instant(), LEASE)
                .quiz();

        assertThat(quizzes.markFailed(quiz.id(), "other")).isFalse();
        assertThat(quizzes.markFailed(quiz.id(), "p")).isTrue();
        ClaimResult again =
                quizzes.claimDaily(channel.id(), Fixtures.DAY, Fixtures.QUESTION, "q", clock.instant(), LEASE);

        assertThat(again).isInstanceOf(ClaimResult.Claimed.class);
        assertThat(again.quiz().id()).isEqualTo(quiz.id());
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a day missed beyond the grace window WHEN it is marked skipped THEN the day has one skipped row, and a posted day is never skipped")
    void skipsMissedDays(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        ChannelSettings channel = fixtures.channel(fixtures.team().id());
        QuizRepository quizzes = new QuizRepository(db);
        Quiz posted = fixtures.openQuiz(channel.id(), Fixtures.DAY);

        Quiz skipped = quizzes.markSkipped(channel.id(), Fixtures.DAY.plusDays(1), clock.instant());
        Quiz stillPosted = quizzes.markSkipped(channel.id(), Fixtures.DAY, clock.instant());

        assertThat(skipped.state()).isEqualTo(QuizState.SKIPPED);
        assertThat(skipped.questionId()).isNull();
        assertThat(quizzes.claimDaily(
                        channel.id(), Fixtures.DAY.plusDays(1), Fixtures.QUESTION, "p", clock.instant(), LEASE))
                .isInstanceOf(ClaimResult.AlreadyTaken.class);
        assertThat(stillPosted.id()).isEqualTo(posted.id());
        assertThat(stillPosted.state()).isEqualTo(QuizState.OPEN);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN quizzes posted over several days WHEN the picker and the streaks look back THEN they see the questions shown and the previous posted daily quiz")
    void looksBack(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        ChannelSettings channel = fixtures.channel(fixtures.team().id());
        QuizRepository quizzes = new QuizRepository(db);
        Quiz day1 = postDaily(quizzes, clock, channel.id(), 0, "q1");
        postDaily(quizzes, clock, channel.id(), 1, "q2");
        Quiz extra = quizzes.createExtra(
                channel.id(),
                Fixtures.DAY.plusDays(1),
                new QuestionPick("go-roadmap", "q-extra", "t", List.of(0, 1, 2, 3)),
                "p",
                clock.instant(),
                LEASE);
        clock.advance(Duration.ofMinutes(1));
        quizzes.markPosted(
                extra.id(), "p", "m-extra", clock.instant(), clock.instant().plusSeconds(60));
        quizzes.markSkipped(channel.id(), Fixtures.DAY.plusDays(2), clock.instant());
        Quiz day4 = postDaily(quizzes, clock, channel.id(), 3, "q4");

        assertThat(quizzes.askedQuestionIds(channel.id())).containsExactly("q1", "q2", "q-extra", "q4");
        // the skipped day and the extra quiz are passed over: a streak continues from day 2
        assertThat(quizzes.previousPostedDaily(channel.id(), day4.localDate()))
                .map(Quiz::questionId)
                .contains("q2");
        assertThat(quizzes.previousPostedDaily(channel.id(), Fixtures.DAY.plusDays(1)))
                .map(Quiz::id)
                .contains(day1.id());
        assertThat(quizzes.previousPostedDaily(channel.id(), Fixtures.DAY)).isEmpty();
        assertThat(extra.kind()).isEqualTo(QuizKind.EXTRA);
    }

    private static Quiz postDaily(
            QuizRepository quizzes, MutableClock clock, long channelId, int day, String question) {
        clock.advance(Duration.ofDays(1));
        Quiz quiz = quizzes.claimDaily(
                        channelId,
                        Fixtures.DAY.plusDays(day),
                        new QuestionPick("go-roadmap", question, "t", List.of(0, 1, 2, 3)),
                        "p",
                        clock.instant(),
                        LEASE)
                .quiz();
        quizzes.markPosted(
                quiz.id(),
                "p",
                "m-" + question,
                clock.instant(),
                clock.instant().plusSeconds(3600));
        return quizzes.find(quiz.id()).orElseThrow();
    }
}
