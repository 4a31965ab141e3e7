package dev.studybot.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/** Normalizes what the records receive, so odd input draws as something sensible instead of throwing. */
final class Values {
    private Values() {}

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A copy without nulls; null is the empty list. */
    static <T> List<T> list(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
    }

    static int count(int value) {
        return Math.max(0, value);
    }

    /** A share clamped to 0..1; NaN is 0. */
    static double share(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    /** A share clamped to 0..1, or absent; NaN and null are absent. */
    static OptionalDouble optionalShare(OptionalDouble value) {
        if (value == null || value.isEmpty() || Double.isNaN(value.getAsDouble())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(share(value.getAsDouble()));
    }

    /** A share as a whole percent: {@code 0.456} is {@code 46%}. */
    static String percent(double share) {
        return Math.round(share(share) * 100) + "%";
    }

    /** {@code pattern} with {@code {0}} replaced by the number. */
    static String more(String pattern, int hidden) {
        String text = text(pattern);
        return text.contains("{0}") ? text.replace("{0}", Integer.toString(hidden)) : "+" + hidden + " " + text;
    }

    private static final String[] UNITS = {"K", "M", "B", "T", "P", "E"};

    /** A count as it fits a narrow column: {@code 12,345}, or from a million on {@code 1.2M}, {@code 35M}. */
    static String number(long value) {
        if (value < 1_000_000) {
            return String.format(Locale.ROOT, "%,d", value);
        }
        double scaled = value;
        int unit = -1;
        while (scaled >= 1000 && unit < UNITS.length - 1) {
            scaled /= 1000;
            unit++;
        }
        String digits = scaled < 10
                ? String.format(Locale.ROOT, "%.1f", Math.floor(scaled * 10) / 10)
                : Long.toString((long) scaled);
        return digits + UNITS[unit];
    }
}
