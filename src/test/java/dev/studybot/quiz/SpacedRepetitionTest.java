package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.studybot.quiz.SpacedRepetition.State;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SM-2 intervals against values worked out by hand")
class SpacedRepetitionTest {
    @Test
    @DisplayName("right, right, right, wrong, right, right, right: 1, 6, 15, 1, 1, 6, 13 days")
    void sequence() {
        State s = State.fresh();
        s = SpacedRepetition.review(s, 4); // EF stays 2.5 (q=4 adds 0.1 - 1*(0.08+0.02) = 0)
        assertThat(s).isEqualTo(new State(1, 1, 2.5, 0));
        s = SpacedRepetition.review(s, 4);
        assertThat(s).isEqualTo(new State(2, 6, 2.5, 0));
        s = SpacedRepetition.review(s, 4); // round(6 * 2.5) = 15
        assertThat(s).isEqualTo(new State(3, 15, 2.5, 0));
        s = SpacedRepetition.review(s, 2); // EF 2.5 + 0.1 - 3*(0.08+0.06) = 2.18; back to 1 day; a lapse
        assertThat(s.repetitions()).isZero();
        assertThat(s.intervalDays()).isEqualTo(1);
        assertThat(s.ease()).isCloseTo(2.18, within(1e-9));
        assertThat(s.lapses()).isEqualTo(1);
        s = SpacedRepetition.review(s, 4);
        assertThat(s.intervalDays()).isEqualTo(1);
        s = SpacedRepetition.review(s, 4);
        assertThat(s.intervalDays()).isEqualTo(6);
        s = SpacedRepetition.review(s, 4); // round(6 * 2.18) = round(13.08) = 13
        assertThat(s.intervalDays()).isEqualTo(13);
        assertThat(s.ease()).isCloseTo(2.18, within(1e-9));
    }

    @Test
    @DisplayName("a perfect answer raises the ease by 0.1; blackouts never push it under 1.3")
    void easeBounds() {
        assertThat(SpacedRepetition.review(State.fresh(), 5).ease()).isCloseTo(2.6, within(1e-9));
        State s = State.fresh();
        s = SpacedRepetition.review(s, 0); // 2.5 - 0.8
        assertThat(s.ease()).isCloseTo(1.7, within(1e-9));
        s = SpacedRepetition.review(s, 0);
        assertThat(s.ease()).isEqualTo(1.3);
        assertThat(s.lapses()).as("never learned: no lapse").isZero();
    }
}
