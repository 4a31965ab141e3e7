package dev.studybot.quiz;

import dev.studybot.store.QuizSettings;
import dev.studybot.store.RevealMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The configured quiz settings ({@code quiz:} and {@code scoring:} in the config file): what a new
 * quiz channel starts with, the grace window for late posts, the seed of the picks, the points, and
 * the language of channel posts when a team chose none.
 *
 * @param seed 0 for random picks; any other value makes picks and option orders repeatable
 */
public record QuizDefaults(
        LocalTime time,
        ZoneId zone,
        Set<DayOfWeek> days,
        int levelMin,
        int levelMax,
        Duration window,
        Duration grace,
        RevealMode reveal,
        long seed,
        Scoring scoring,
        Locale language) {

    public QuizDefaults {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        days = Set.copyOf(EnumSet.copyOf(days));
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(reveal, "reveal");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(language, "language");
        if (levelMin < 1 || levelMax > 4 || levelMin > levelMax) {
            throw new IllegalArgumentException("levels must be within 1..4, were " + levelMin + ".." + levelMax);
        }
    }

    /** The settings a channel starts with: the quiz off, everything else from the config. */
    public QuizSettings channelSettings() {
        return new QuizSettings(false, time, zone, days, levelMin, levelMax, (int) window.toMinutes(), reveal);
    }
}
