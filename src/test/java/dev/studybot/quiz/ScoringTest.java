package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Points for a quiz answer")
class ScoringTest {
    private final Scoring scoring = new Scoring(10, List.of(3, 2, 1), 1, 5);

    @Test
    @DisplayName("first three right answers get 3, 2, 1 extra; the fourth gets none; a wrong answer gets nothing")
    void firstBonus() {
        assertThat(scoring.score(true, 1, 1).total()).isEqualTo(13);
        assertThat(scoring.score(true, 2, 1).total()).isEqualTo(12);
        assertThat(scoring.score(true, 3, 1).total()).isEqualTo(11);
        assertThat(scoring.score(true, 4, 1).total()).isEqualTo(10);
        assertThat(scoring.score(false, 0, 0)).isEqualTo(new Scoring.Points(0, 0, 0));
    }

    @Test
    @DisplayName("a streak adds one per quiz beyond the first, capped at five")
    void streak() {
        assertThat(scoring.score(true, 9, 2).streak()).isEqualTo(1);
        assertThat(scoring.score(true, 9, 6).streak()).isEqualTo(5);
        assertThat(scoring.score(true, 9, 40).streak()).isEqualTo(5);
        assertThat(scoring.score(true, 1, 3)).isEqualTo(new Scoring.Points(10, 3, 2));
    }
}
