package dev.studybot.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;

/** One leaderboard period: an ISO week ({@code 2026-W48}), a month ({@code 2026-11}) or all time ({@code all}). */
public record PeriodKey(PeriodKind kind, String key) {
    public PeriodKey {
        Objects.requireNonNull(kind, "kind");
        TeamRepository.requireText(key, "key");
    }

    public static PeriodKey week(LocalDate date) {
        return new PeriodKey(
                PeriodKind.WEEK,
                String.format(
                        "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    public static PeriodKey month(LocalDate date) {
        return new PeriodKey(PeriodKind.MONTH, String.format("%d-%02d", date.getYear(), date.getMonthValue()));
    }

    public static PeriodKey allTime() {
        return new PeriodKey(PeriodKind.ALL, "all");
    }

    /** The week, month and all-time periods a local date counts towards. */
    public static List<PeriodKey> of(LocalDate date) {
        return List.of(week(date), month(date), allTime());
    }
}
