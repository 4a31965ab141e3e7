package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;

class AnswerRepositoryTest {

    @BothDatabases
    @DisplayName(
            "GIVEN a member's answer WHEN they click again (a double click or a retry) THEN the first answer stands and the second call is told so")
    void oneAnswerPerMemberAndQuiz(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        AnswerRepository answers = new AnswerRepository(db);
        Instant at = world.quiz().openedAt().plusSeconds(10);

        RecordResult first = answers.record(new NewAnswer(world.quiz().id(), ada, 2, true, at, 10));
        RecordResult second = answers.record(new NewAnswer(world.quiz().id(), ada, 0, false, at.plusSeconds(1), 0));

        assertThat(first).isInstanceOf(RecordResult.Recorded.class);
        assertThat(second).isInstanceOf(RecordResult.AlreadyAnswered.class);
        assertThat(second.answer()).isEqualTo(first.answer());
        assertThat(first.answer().option()).isEqualTo(2);
        assertThat(first.answer().correct()).isTrue();
        assertThat(first.answer().answeredAt()).isEqualTo(at);
        assertThat(answers.answersOf(world.quiz().id())).containsExactly(first.answer());
        assertThat(answers.find(world.quiz().id(), ada)).contains(first.answer());
    }

    @BothDatabases
    @DisplayName(
            "GIVEN answers from several members WHEN the reveal reads them THEN they come in the order they were given")
    void answersInOrder(Database db) {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        AnswerRepository answers = new AnswerRepository(db);
        Instant opened = world.quiz().openedAt();
        for (String name : new String[] {"cy", "ada", "bob"}) {
            long user = fixtures.user(world.team().id(), name);
            int delay = name.equals("ada") ? 5 : name.equals("bob") ? 7 : 9;
            answers.record(new NewAnswer(world.quiz().id(), user, 1, true, opened.plusSeconds(delay), 10));
        }

        assertThat(answers.answersOf(world.quiz().id()))
                .extracting(Answer::answeredAt)
                .containsExactly(opened.plusSeconds(5), opened.plusSeconds(7), opened.plusSeconds(9));
    }

    @BothDatabases
    @DisplayName("GIVEN an option outside 0..3 WHEN an answer is built THEN it is refused before reaching the database")
    void refusesBadOption(Database db) {
        assertThatThrownBy(() -> new NewAnswer(1, 1, 4, true, Instant.EPOCH, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option must be 0..3, was 4");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a member's practice WHEN it is read back THEN the latest attempts come first and each topic shows attempts and right answers")
    void practiceAttempts(Database db, MutableClock clock) {
        Fixtures fixtures = new Fixtures(db);
        long ada = fixtures.user(fixtures.team().id(), "ada");
        AnswerRepository answers = new AnswerRepository(db);
        Instant start = clock.instant();
        String[][] attempts = {{"q1", "epoll", "1"}, {"q2", "epoll", "0"}, {"q3", "gc", "1"}, {"q4", "epoll", "1"}};
        for (int i = 0; i < attempts.length; i++) {
            answers.addPractice(new PracticeAttempt(
                    0,
                    ada,
                    "go-roadmap",
                    attempts[i][0],
                    attempts[i][1],
                    attempts[i][2].equals("1"),
                    start.plus(Duration.ofMinutes(i))));
        }

        assertThat(answers.recentPractice(ada, 2))
                .extracting(PracticeAttempt::questionId)
                .containsExactly("q4", "q3");
        assertThat(answers.practiceByTopic(ada, "go-roadmap"))
                .containsExactly(new TopicAttempts("epoll", 3, 2), new TopicAttempts("gc", 1, 1));
    }
}
