package dev.studybot.quiz;

import dev.studybot.store.AnswerRepository;
import dev.studybot.store.Database;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.ReviewRepository;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TopicStatusRepository;

/** The repositories the quiz reads and writes, over one database. */
public record QuizStore(
        TeamRepository teams,
        QuizRepository quizzes,
        AnswerRepository answers,
        ScoreRepository scores,
        ReviewRepository reviews,
        TopicStatusRepository statuses) {

    public static QuizStore of(Database db) {
        return new QuizStore(
                new TeamRepository(db),
                new QuizRepository(db),
                new AnswerRepository(db),
                new ScoreRepository(db),
                new ReviewRepository(db),
                new TopicStatusRepository(db));
    }
}
