package dev.studybot.render;

import java.util.Objects;

/**
 * Draws the progress card, the coverage map and the leaderboard card as PNG bytes, about 800 pixels
 * wide, headless; thread-safe, and odd text (emoji, right-to-left, very long) never makes it throw.
 */
public final class Pictures {
    /** The width of every picture, in pixels. */
    public static final int WIDTH = Canvas.WIDTH;

    /** The most a picture grows to; long lists are cut with "+N more" before that. */
    public static final int MAX_HEIGHT = Canvas.MAX_HEIGHT;

    private final Theme theme;

    /** Pictures in the {@linkplain Theme#DEFAULT default theme}. */
    public Pictures() {
        this(Theme.DEFAULT);
    }

    /** Pictures in the given theme unless a call names another. */
    public Pictures(Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /** The theme used when a call names none. */
    public Theme theme() {
        return theme;
    }

    /** A member's progress card. */
    public byte[] progress(ProgressCard card) {
        return progress(card, theme);
    }

    /** A member's progress card in the given theme ({@code null}: this instance's theme). */
    public byte[] progress(ProgressCard card, Theme theme) {
        return ProgressPainter.paint(Objects.requireNonNull(card, "card"), palette(theme));
    }

    /** The team's coverage map. */
    public byte[] coverage(CoverageMap map) {
        return coverage(map, theme);
    }

    /** The team's coverage map in the given theme ({@code null}: this instance's theme). */
    public byte[] coverage(CoverageMap map, Theme theme) {
        return CoveragePainter.paint(Objects.requireNonNull(map, "map"), palette(theme));
    }

    /** The leaderboard card. */
    public byte[] leaderboard(LeaderboardCard card) {
        return leaderboard(card, theme);
    }

    /** The leaderboard card in the given theme ({@code null}: this instance's theme). */
    public byte[] leaderboard(LeaderboardCard card, Theme theme) {
        return LeaderboardPainter.paint(Objects.requireNonNull(card, "card"), palette(theme));
    }

    private Palette palette(Theme override) {
        return (override == null ? theme : override).palette();
    }
}
