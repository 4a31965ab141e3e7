package dev.studybot.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Leaderboard periods follow the team's time zone")
class PeriodTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    @DisplayName("Sunday evening UTC is already Monday in Shanghai: the next week there")
    void weekAcrossZones() {
        Instant at = Instant.parse("2026-11-29T16:30:00Z"); // Sun 16:30 UTC, Mon 00:30 Shanghai
        assertThat(Period.WEEK.key(at, UTC)).isEqualTo("2026-W48");
        assertThat(Period.WEEK.key(at, SHANGHAI)).isEqualTo("2026-W49");
    }

    @Test
    @DisplayName("the last evening of November UTC is December in Shanghai")
    void monthEnd() {
        Instant at = Instant.parse("2026-11-30T16:30:00Z");
        assertThat(Period.MONTH.key(at, UTC)).isEqualTo("2026-11");
        assertThat(Period.MONTH.key(at, SHANGHAI)).isEqualTo("2026-12");
    }

    @Test
    @DisplayName("ISO weeks run across new year: 2027-01-01 is in 2026's week 53")
    void isoWeekYear() {
        assertThat(Period.WEEK.key(Instant.parse("2027-01-01T12:00:00Z"), UTC)).isEqualTo("2026-W53");
        assertThat(Period.WEEK.key(Instant.parse("2027-01-04T12:00:00Z"), UTC)).isEqualTo("2027-W01");
        assertThat(Period.ALL.key(Instant.EPOCH, UTC)).isEqualTo("all");
    }

    @Test
    @DisplayName("options parse in English and Chinese")
    void parse() {
        assertThat(Period.parse("week")).hasValue(Period.WEEK);
        assertThat(Period.parse("本月")).hasValue(Period.MONTH);
        assertThat(Period.parse("decade")).isEmpty();
    }
}
