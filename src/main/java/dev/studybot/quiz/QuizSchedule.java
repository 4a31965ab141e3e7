package dev.studybot.quiz;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a channel's daily quiz is due: a local time on some days of the week in an IANA time zone.
 * A time that does not exist on a day (the spring-forward gap) moves forward by the gap, as clocks
 * do; a time that happens twice (the autumn overlap) counts once, at its first occurrence.
 */
public record QuizSchedule(LocalTime time, ZoneId zone, Set<DayOfWeek> days) {
    public QuizSchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("days must name at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The instant of the quiz on a local date, or empty when that date is not a quiz day. */
    public Optional<Instant> on(LocalDate date) {
        if (!days.contains(date.getDayOfWeek())) {
            return Optional.empty();
        }
        // ZonedDateTime.of shifts a time inside a gap forward by the gap and takes the earlier offset in an overlap
        return Optional.of(ZonedDateTime.of(date, time, zone).toInstant());
    }

    /** The local date in the schedule's zone at an instant. */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The latest quiz at or before {@code now}, looking back at most a week; empty if none. */
    public Optional<Occurrence> latestAtOrBefore(Instant now) {
        LocalDate today = localDate(now);
        for (int back = 0; back <= 7; back++) {
            LocalDate date = today.minusDays(back);
            Optional<Instant> due = on(date);
            if (due.isPresent() && !due.get().isAfter(now)) {
                return Optional.of(new Occurrence(date, due.get()));
            }
        }
        return Optional.empty();
    }

    /** The first quiz strictly after {@code now}. */
    public Occurrence nextAfter(Instant now) {
        LocalDate date = localDate(now).minusDays(1);
        for (int ahead = 0; ahead <= 9; ahead++) {
            Optional<Instant> due = on(date.plusDays(ahead));
            if (due.isPresent() && due.get().isAfter(now)) {
                return new Occurrence(date.plusDays(ahead), due.get());
            }
        }
        throw new IllegalStateException("no quiz day within nine days: " + days);
    }

    /** One scheduled quiz: its local date (the idempotency key) and the instant it is due. */
    public record Occurrence(LocalDate date, Instant due) {}
}
