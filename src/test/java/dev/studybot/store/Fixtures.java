package dev.studybot.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Rows tests build on: each call makes new ones, so tests sharing a database stay apart. */
final class Fixtures {
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    static final QuestionPick QUESTION =
            new QuestionPick("go-roadmap", "q-goroutines-1", "t-goroutines", List.of(2, 0, 3, 1));

    private final Database db;
    final TeamRepository teams;
    final QuizRepository quizzes;

    Fixtures(Database db) {
        this.db = db;
        this.teams = new TeamRepository(db);
        this.quizzes = new QuizRepository(db);
    }

    static String unique(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    Team team() {
        return teams.upsertTeam(Platform.DISCORD, unique("guild"), "Gophers");
    }

    ChannelSettings channel(long teamId) {
        return teams.upsertChannel(teamId, unique("channel"), "general");
    }

    long user(long teamId, String name) {
        return teams.upsertUser(teamId, unique("user"), name);
    }

    /** A daily quiz claimed and posted in a new channel, open for an hour. */
    Quiz openQuiz(long channelId, LocalDate day) {
        Instant now = db.clock().instant();
        Quiz quiz = quizzes.claimDaily(channelId, day, QUESTION, "test-process", now, Duration.ofMinutes(5))
                .quiz();
        quizzes.markPosted(quiz.id(), "test-process", "msg-" + quiz.id(), now, now.plus(Duration.ofHours(1)));
        return quizzes.find(quiz.id()).orElseThrow();
    }

    /** A team, a channel and an open daily quiz in it. */
    World world() {
        Team team = team();
        ChannelSettings channel = channel(team.id());
        Quiz quiz = openQuiz(channel.id(), DAY);
        return new World(team, channel, quiz);
    }

    record World(Team team, ChannelSettings channel, Quiz quiz) {}
}
