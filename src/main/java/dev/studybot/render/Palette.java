package dev.studybot.render;

import java.awt.Color;
import java.util.List;

/**
 * The colours of one theme.
 *
 * @param background the card
 * @param border the card's edge, so it stands out on a chat background of the same shade
 * @param text body text
 * @param muted secondary text: subtitles, column headings, footers
 * @param accent highlights: the caller's row, numbering
 * @param done finished topics, good mastery
 * @param learning topics in progress, middling mastery
 * @param track the empty part of a bar
 * @param highlight the background of the caller's row
 * @param separator rules between parts
 * @param warn blind spots, weak mastery
 * @param coverage five steps from no member done to nearly all
 */
record Palette(
        Color background,
        Color border,
        Color text,
        Color muted,
        Color accent,
        Color done,
        Color learning,
        Color track,
        Color highlight,
        Color separator,
        Color warn,
        List<Color> coverage) {

    Palette {
        coverage = List.copyOf(coverage);
        if (coverage.size() != 5) {
            throw new IllegalArgumentException("coverage needs five steps, got " + coverage.size());
        }
    }

    /** The coverage colour for a share of members done: 0 gets its own step, then quarters. */
    Color coverage(double share) {
        if (!(share > 0)) {
            return coverage.get(0);
        }
        return coverage.get(Math.max(1, Math.min(4, (int) Math.ceil(Math.min(1, share) * 4))));
    }

    /** Mastery as a colour: weak, middling, good. */
    Color mastery(double mastery) {
        return mastery < 0.4 ? warn : mastery < 0.7 ? learning : done;
    }

    private static final Color DARK_INK = new Color(0x1F2328);

    /** Dark or white text, whichever contrasts more with this background (WCAG contrast ratio). */
    static Color textOn(Color background) {
        double l = luminance(background);
        double onWhite = 1.05 / (l + 0.05);
        double onDark = (l + 0.05) / (luminance(DARK_INK) + 0.05);
        return onDark >= onWhite ? DARK_INK : Color.WHITE;
    }

    /** WCAG relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
