package dev.studybot.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GraphicAttribute;
import java.awt.font.ShapeGraphicAttribute;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays out one line of text with the bundled fonts, a system font for what they lack, and an empty
 * box for what no font has. Cleans the text first: control and format characters (bidi overrides,
 * zero-width joiners), variation selectors and emoji modifiers are dropped, whitespace runs become
 * one space, and very long text is cut before it is measured. Never throws on odd text.
 */
final class Text {
    /** Enough for any line on an 800-pixel card; longer text is cut before layout. */
    static final int MAX_CODE_POINTS = 160;

    static final String ELLIPSIS = "…";

    /** Anti-aliased, fractional metrics: the same as the hints pictures draw with. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Stands in for a character no font draws; its glyph is replaced by the box shape. */
    private static final char BOX = '\uFFFC';

    private static final Map<Style, GraphicAttribute> BOXES = new ConcurrentHashMap<>();

    private Text() {}

    /** The text cleaned for drawing (see the class comment). */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CODE_POINTS * 2));
        int count = 0;
        boolean space = true; // drops leading whitespace
        for (int i = 0; i < raw.length() && count < MAX_CODE_POINTS; ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                    count++;
                }
                continue;
            }
            if (dropped(cp)) {
                continue;
            }
            out.appendCodePoint(cp);
            space = false;
            count++;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean dropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT // bidi overrides, zero-width joiners, tags, BOM
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || cp == 0x20E3; // keycap
    }

    /** The advance of the text in pixels. */
    static float width(String text, Style style) {
        String clean = clean(text);
        return clean.isEmpty() ? 0 : layout(clean, style).getAdvance();
    }

    /** The text cleaned and, if it is wider than {@code maxWidth}, cut with an ellipsis. */
    static String fit(String text, Style style, float maxWidth) {
        String clean = clean(text);
        if (clean.isEmpty() || layout(clean, style).getAdvance() <= maxWidth) {
            return clean;
        }
        int[] cps = clean.codePoints().toArray();
        int lo = 0;
        int hi = cps.length - 1;
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) >>> 1;
            if (layout(prefix(cps, mid), style).getAdvance() <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String cut = prefix(cps, lo);
        return layout(cut, style).getAdvance() <= maxWidth ? cut : "";
    }

    private static String prefix(int[] cps, int n) {
        return new String(cps, 0, n).stripTrailing() + ELLIPSIS;
    }

    /** Draws the text with its left end at x and its baseline at y; returns the advance. */
    static float draw(Graphics2D g, String text, Style style, Color color, float x, float y) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            return 0;
        }
        TextLayout layout = layout(clean, style);
        g.setColor(color);
        layout.draw(g, x, y);
        return layout.getAdvance();
    }

    /** Draws the text cut to {@code maxWidth}; returns the advance. */
    static float drawFit(Graphics2D g, String text, Style style, Color color, float x, float y, float maxWidth) {
        return draw(g, fit(text, style, maxWidth), style, color, x, y);
    }

    /** Draws the text with its right end at {@code right}. */
    static void drawRight(Graphics2D g, String text, Style style, Color color, float right, float y) {
        draw(g, text, style, color, right - width(text, style), y);
    }

    /** Draws the text centred on {@code centre}. */
    static void drawCentred(Graphics2D g, String text, Style style, Color color, float centre, float y) {
        draw(g, text, style, color, centre - width(text, style) / 2, y);
    }

    /**
     * The layout of cleaned, non-empty text, each character in the first font that draws it. Should
     * Java2D still reject some text, the text draws as boxes rather than failing the picture.
     */
    static TextLayout layout(String clean, Style style) {
        try {
            return layoutWithFonts(clean, style);
        } catch (RuntimeException rejected) {
            return layoutWithFonts(String.valueOf(BOX).repeat(Math.min(3, clean.length())), style);
        }
    }

    private static TextLayout layoutWithFonts(String clean, Style style) {
        Font[] chain = Fonts.get().chain(style);
        StringBuilder chars = new StringBuilder(clean.length());
        Font[] fonts = new Font[clean.length() * 2];
        boolean[] boxes = new boolean[clean.length() * 2];
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            i += Character.charCount(cp);
            Font font = cp == BOX ? null : pick(cp, chain, style);
            int at = chars.length();
            if (font == null) {
                if (at >= 2 && boxes[at - 2]) {
                    continue; // a run of undrawable characters (an emoji sequence, say) is one box
                }
                chars.append(BOX).append(' ');
                fonts[at] = chain[0];
                fonts[at + 1] = chain[0];
                boxes[at] = true;
            } else {
                chars.appendCodePoint(cp);
                for (int k = at; k < chars.length(); k++) {
                    fonts[k] = font;
                }
            }
        }
        AttributedString attributed = new AttributedString(chars.toString());
        int length = chars.length();
        for (int start = 0; start < length; ) {
            int end = start + 1;
            while (end < length && fonts[end] == fonts[start] && !boxes[end] && !boxes[start]) {
                end++;
            }
            attributed.addAttribute(TextAttribute.FONT, fonts[start], start, end);
            if (boxes[start]) {
                attributed.addAttribute(TextAttribute.CHAR_REPLACEMENT, box(style), start, end);
            }
            start = end;
        }
        return new TextLayout(attributed.getIterator(), FRC);
    }

    private static Font pick(int cp, Font[] chain, Style style) {
        int type = Character.getType(cp);
        if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return null;
        }
        for (Font font : chain) {
            if (font.canDisplay(cp)) {
                return font;
            }
        }
        Optional<Font> system = Fonts.get().system(cp, style);
        return system.orElse(null);
    }

    /** An empty box the size of a capital letter; a space after it keeps it off the next letter. */
    private static GraphicAttribute box(Style style) {
        return BOXES.computeIfAbsent(style, s -> {
            float size = s.size();
            Rectangle2D.Float shape = new Rectangle2D.Float(size * 0.08f, -size * 0.7f, size * 0.5f, size * 0.7f);
            return new ShapeGraphicAttribute(shape, GraphicAttribute.ROMAN_BASELINE, ShapeGraphicAttribute.STROKE);
        });
    }
}
