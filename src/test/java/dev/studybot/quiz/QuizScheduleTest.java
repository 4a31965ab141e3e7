package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("When a daily quiz is due, across days off and daylight-saving changes")
class QuizScheduleTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    @DisplayName("a quiz day gives the local time in the zone; a day off gives nothing")
    void quizDays() {
        QuizSchedule schedule = new QuizSchedule(
                LocalTime.of(9, 30), ZoneId.of("Asia/Shanghai"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(schedule.on(LocalDate.of(2026, 11, 27))).hasValue(Instant.parse("2026-11-27T01:30:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 11, 28))).isEmpty();
    }

    @Test
    @DisplayName("a time inside the spring-forward gap moves forward by the gap instead of failing")
    void springForwardGap() {
        QuizSchedule schedule = new QuizSchedule(LocalTime.of(2, 30), NEW_YORK, EnumSet.allOf(DayOfWeek.class));
        // 2026-03-08 02:00 EST jumps to 03:00 EDT: 02:30 does not exist, 03:30 EDT does
        assertThat(schedule.on(LocalDate.of(2026, 3, 8))).hasValue(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 3, 7))).hasValue(Instant.parse("2026-03-07T07:30:00Z"));
        assertThat(schedule.on(LocalDate.of(2026, 3, 9))).hasValue(Instant.parse("2026-03-09T06:30:00Z"));
    }

    @Test
    @DisplayName("a time that happens twice in the autumn counts once, at the first")
    void fallBackOverlap() {
        QuizSchedule schedule = new QuizSchedule(LocalTime.of(1, 30), NEW_YORK, EnumSet.allOf(DayOfWeek.class));
        // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:30 happens at 05:30Z and at 06:30Z
        assertThat(schedule.on(LocalDate.of(2026, 11, 1))).hasValue(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(schedule.latestAtOrBefore(Instant.parse("2026-11-01T06:45:00Z")))
                .hasValueSatisfying(o -> assertThat(o.date()).isEqualTo(LocalDate.of(2026, 11, 1)));
    }

    @Test
    @DisplayName("the latest and next occurrences skip days off")
    void latestAndNext() {
        QuizSchedule schedule = new QuizSchedule(
                LocalTime.of(9, 0), ZoneId.of("UTC"), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        Instant saturday = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(schedule.latestAtOrBefore(saturday))
                .hasValue(
                        new QuizSchedule.Occurrence(LocalDate.of(2026, 11, 26), Instant.parse("2026-11-26T09:00:00Z")));
        assertThat(schedule.nextAfter(saturday))
                .isEqualTo(
                        new QuizSchedule.Occurrence(LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T09:00:00Z")));
        Instant mondayAtNine = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(schedule.latestAtOrBefore(mondayAtNine))
                .hasValueSatisfying(o -> assertThat(o.due()).isEqualTo(mondayAtNine));
        assertThat(schedule.nextAfter(mondayAtNine).date()).isEqualTo(LocalDate.of(2026, 12, 3));
    }
}
