package dev.studybot.quiz;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRulesException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what an admin types for a schedule: a time {@code HH:MM}, an IANA zone, days ({@code
 * mon-fri}, {@code mon,wed,fri}, {@code daily}), a level range ({@code 1-2}) and an answer window in
 * hours. Each parser gives empty for text it cannot read, so the command can say what is wrong.
 */
public final class ScheduleText {
    /** The longest answer window, in hours: a quiz closes before the next day's. */
    public static final int MAX_WINDOW_HOURS = 23;

    private ScheduleText() {}

    /** {@code 9:30} or {@code 09:30}, 00:00 to 23:59. */
    public static Optional<LocalTime> time(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}[:：]\\d{2}")) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("[:：]");
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An IANA zone ({@code Asia/Shanghai}), {@code UTC}, or a fixed offset ({@code +08:00}). Region
     * names are matched ignoring case, so {@code asia/shanghai} works.
     */
    public static Optional<ZoneId> zone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(ZoneId.of(value));
        } catch (ZoneRulesException e) {
            return ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.equalsIgnoreCase(value))
                    .findFirst()
                    .map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code daily}, {@code weekdays}, {@code weekends}, {@code mon-fri}, {@code mon,wed,fri} or a mix. */
    public static Optional<Set<DayOfWeek>> days(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "daily", "everyday", "every day", "all", "每天" -> {
                return Optional.of(EnumSet.allOf(DayOfWeek.class));
            }
            case "weekdays", "工作日" -> {
                return Optional.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            }
            case "weekends", "周末" -> {
                return Optional.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            }
            default -> {
                // one of the cases above
            }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.split("\\s*[,，]\\s*")) {
            if (part.contains("-")) {
                String[] ends = part.split("\\s*-\\s*");
                Optional<DayOfWeek> from = ends.length == 2 ? day(ends[0]) : Optional.empty();
                Optional<DayOfWeek> to = ends.length == 2 ? day(ends[1]) : Optional.empty();
                if (from.isEmpty() || to.isEmpty()) {
                    return Optional.empty();
                }
                for (DayOfWeek d = from.get(); ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to.get()) {
                        break;
                    }
                }
            } else {
                Optional<DayOfWeek> d = day(part);
                if (d.isEmpty()) {
                    return Optional.empty();
                }
                days.add(d.get());
            }
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(days);
    }

    private static Optional<DayOfWeek> day(String text) {
        return Optional.ofNullable(
                switch (text.strip()) {
                    case "mon", "monday", "周一" -> DayOfWeek.MONDAY;
                    case "tue", "tues", "tuesday", "周二" -> DayOfWeek.TUESDAY;
                    case "wed", "wednesday", "周三" -> DayOfWeek.WEDNESDAY;
                    case "thu", "thur", "thurs", "thursday", "周四" -> DayOfWeek.THURSDAY;
                    case "fri", "friday", "周五" -> DayOfWeek.FRIDAY;
                    case "sat", "saturday", "周六" -> DayOfWeek.SATURDAY;
                    case "sun", "sunday", "周日" -> DayOfWeek.SUNDAY;
                    default -> null;
                });
    }

    /** {@code 1-2} or a single level {@code 3}, within 1..4: the lowest and the highest level. */
    public static Optional<int[]> levels(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("[1-4]")) {
            int level = Integer.parseInt(value);
            return Optional.of(new int[] {level, level});
        }
        if (value.matches("[1-4]\\s*[-–~]\\s*[1-4]")) {
            String[] parts = value.split("\\s*[-–~]\\s*");
            int low = Integer.parseInt(parts[0]);
            int high = Integer.parseInt(parts[1]);
            return low <= high ? Optional.of(new int[] {low, high}) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A whole number of hours from 1 to {@value #MAX_WINDOW_HOURS}. */
    public static Optional<Integer> windowHours(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(text.strip());
        return hours >= 1 && hours <= MAX_WINDOW_HOURS ? Optional.of(hours) : Optional.empty();
    }

    /** The days written back as the command takes them: {@code daily}, {@code mon-fri} or {@code mon,wed,fri}. */
    public static String daysCode(Set<DayOfWeek> days) {
        if (days.isEmpty()) {
            return "-";
        }
        if (days.size() == 7) {
            return "daily";
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "mon-fri";
        }
        StringBuilder out = new StringBuilder();
        for (DayOfWeek day : EnumSet.copyOf(days)) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(day.name().substring(0, 3).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** {@code 1-2 (初级–高级)}: a level range with the roadmap's names for its levels. */
    public static String levelNames(Roadmap roadmap, int min, int max) {
        List<Topic> names = roadmap.levels();
        String low = min <= names.size() ? names.get(min - 1).title() : "";
        String high = max <= names.size() ? names.get(max - 1).title() : "";
        return min == max ? min + " (" + low + ")" : min + "-" + max + " (" + low + "–" + high + ")";
    }
}
