package dev.studybot.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * A leaderboard period. Weeks are ISO weeks (Monday to Sunday) and months calendar months, both by
 * the team's time zone, so a Sunday-night answer in Shanghai counts for the week it was given in
 * there, whatever the server's clock says.
 */
public enum Period {
    WEEK,
    MONTH,
    ALL;

    /** {@code week}, {@code month} or {@code all}: the option value. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "week", "本周", "周" -> Optional.of(WEEK);
            case "month", "本月", "月" -> Optional.of(MONTH);
            case "all", "全部", "总榜", "all-time" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }

    /** The key of the period an instant falls in: {@code 2026-W48}, {@code 2026-11} or {@code all}. */
    public String key(Instant at, ZoneId zone) {
        return key(at.atZone(zone).toLocalDate());
    }

    /** The key of the period a local date falls in. */
    public String key(LocalDate date) {
        return switch (this) {
            case WEEK ->
                String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
            case ALL -> "all";
        };
    }
}
