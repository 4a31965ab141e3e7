package dev.studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mastery weighs recent answers more: weight 2^(-age / 30 days), mastery the weighted share right")
class MasteryTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    @DisplayName("GIVEN answers of 0, 30 and 60 days WHEN weighed THEN they count 1, 1/2 and 1/4")
    void halfLife() {
        assertThat(Mastery.weight(NOW, NOW)).isEqualTo(1.0);
        assertThat(Mastery.weight(daysAgo(30), NOW)).isCloseTo(0.5, within(1e-12));
        assertThat(Mastery.weight(daysAgo(60), NOW)).isCloseTo(0.25, within(1e-12));
        assertThat(Mastery.weight(NOW.plusSeconds(60), NOW)).as("clock skew").isEqualTo(1.0);
    }

    @Test
    @DisplayName("GIVEN one right and one wrong answer WHEN the right one is the recent one THEN mastery is higher")
    void recentCountsMore() {
        double recentRight = new Mastery(NOW)
                .add(false, daysAgo(60))
                .add(true, daysAgo(1))
                .value()
                .orElseThrow();
        double recentWrong = new Mastery(NOW)
                .add(true, daysAgo(60))
                .add(false, daysAgo(1))
                .value()
                .orElseThrow();
        assertThat(recentRight).isGreaterThan(0.5).isGreaterThan(recentWrong);
        assertThat(recentWrong).isLessThan(0.5);
        // by hand: right weighs 2^(-1/30), wrong 2^(-2)
        double right = Math.pow(2, -1.0 / 30);
        double wrong = 0.25;
        assertThat(recentRight).isCloseTo(right / (right + wrong), within(1e-9));
    }

    @Test
    @DisplayName("GIVEN three right answers a year ago and one wrong today THEN mastery has sunk below a half")
    void oldKnowledgeFades() {
        Mastery mastery = new Mastery(NOW)
                .add(true, daysAgo(365))
                .add(true, daysAgo(364))
                .add(true, daysAgo(363))
                .add(false, NOW);
        assertThat(mastery.value().orElseThrow()).isLessThan(0.01);
        assertThat(mastery.answered()).isEqualTo(4);
        assertThat(mastery.right()).isEqualTo(3);
    }

    @Test
    @DisplayName("GIVEN no answers THEN there is no mastery at all (shown as '–', not 0%)")
    void noAnswers() {
        assertThat(new Mastery(NOW).value()).isEmpty();
    }
}
