package dev.studybot.render;

import java.awt.Color;
import java.util.List;

/**
 * The colours of a picture. Every picture is an opaque card, so either theme reads on a light or a
 * dark chat background; {@link #DEFAULT} (dark) sits calmly on both.
 */
public enum Theme {
    LIGHT(new Palette(
            rgb(0xFFFFFF),
            rgb(0xD0D7DE),
            rgb(0x1F2328),
            rgb(0x59636E),
            rgb(0x0969DA),
            rgb(0x1A7F37),
            rgb(0xBF8700),
            rgb(0xE6EAEF),
            rgb(0xDDF4FF),
            rgb(0xD0D7DE),
            rgb(0xCF222E),
            List.of(rgb(0xEBEDF0), rgb(0xACE7B4), rgb(0x6BC87F), rgb(0x2DA44E), rgb(0x1A7F37)))),
    DARK(new Palette(
            rgb(0x1E2228),
            rgb(0x3D444D),
            rgb(0xE6EDF3),
            rgb(0x9DA7B3),
            rgb(0x4C8DFF),
            rgb(0x3FB950),
            rgb(0xD29922),
            rgb(0x353C45),
            rgb(0x1F3A5F),
            rgb(0x3D444D),
            rgb(0xFF6A5F),
            List.of(rgb(0x2D333B), rgb(0x0E4429), rgb(0x006D32), rgb(0x26A641), rgb(0x39D353))));

    /** The theme pictures use unless the caller picks one. */
    public static final Theme DEFAULT = DARK;

    private final Palette palette;

    Theme(Palette palette) {
        this.palette = palette;
    }

    Palette palette() {
        return palette;
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
