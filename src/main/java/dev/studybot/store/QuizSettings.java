package dev.studybot.store;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A channel's daily quiz settings: whether it runs, at what local time and zone, on which days,
 * which question levels (1..4), how long a quiz stays open, and when the answer is revealed.
 */
public record QuizSettings(
        boolean enabled,
        LocalTime time,
        ZoneId zone,
        Set<DayOfWeek> days,
        int levelMin,
        int levelMax,
        int windowMinutes,
        RevealMode revealMode) {

    public QuizSettings {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(revealMode, "revealMode");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (levelMin < 1 || levelMax > 4 || levelMin > levelMax) {
            throw new IllegalArgumentException(
                    "levels must satisfy 1 <= levelMin <= levelMax <= 4, were " + levelMin + ".." + levelMax);
        }
        if (windowMinutes <= 0) {
            throw new IllegalArgumentException("windowMinutes must be positive, was " + windowMinutes);
        }
    }

    /** These settings running at this time, zone and days: what {@code /quiz schedule} saves. */
    public QuizSettings scheduledAt(LocalTime newTime, ZoneId newZone, Set<DayOfWeek> newDays) {
        return new QuizSettings(true, newTime, newZone, newDays, levelMin, levelMax, windowMinutes, revealMode);
    }

    /** These settings with the daily quiz off, everything else kept for when it is turned on again. */
    public QuizSettings off() {
        return new QuizSettings(false, time, zone, days, levelMin, levelMax, windowMinutes, revealMode);
    }

    public QuizSettings withLevels(int min, int max) {
        return new QuizSettings(enabled, time, zone, days, min, max, windowMinutes, revealMode);
    }

    public QuizSettings withWindowMinutes(int minutes) {
        return new QuizSettings(enabled, time, zone, days, levelMin, levelMax, minutes, revealMode);
    }

    public QuizSettings withRevealMode(RevealMode mode) {
        return new QuizSettings(enabled, time, zone, days, levelMin, levelMax, windowMinutes, mode);
    }

    /** The days as stored: three-letter English names in week order, e.g. {@code mon,tue,wed}. */
    public String daysCode() {
        return EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days).stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> parseDays(String code) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : code.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT)
                        .equals(name)) {
                    days.add(day);
                }
            }
        }
        return days;
    }
}
