package dev.studybot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * One picture being drawn: an opaque card {@value #WIDTH} pixels wide, drawn on a canvas of the
 * picture's height when the painter knows it beforehand, else of the largest height and cut to the
 * height used. Holds the shared parts (header, footer, bars, pills).
 */
final class Canvas {
    static final int WIDTH = 800;
    static final int MAX_HEIGHT = 2000;
    static final int PAD = 32;
    static final int INNER = WIDTH - 2 * PAD;

    final Graphics2D g;
    final Palette p;
    private final BufferedImage image;

    /** A canvas of the largest height, for a picture whose height is known only once it is drawn. */
    Canvas(Palette palette) {
        this(palette, MAX_HEIGHT);
    }

    /**
     * A canvas of {@code height} rows (at most {@link #MAX_HEIGHT}), for a painter that worked out its
     * picture's height before drawing: fewer pixels to clear and no 6.4 MB canvas per picture.
     */
    Canvas(Palette palette, int height) {
        this.p = palette;
        int rows = Math.max(PAD * 2, Math.min(MAX_HEIGHT, height));
        this.image = new BufferedImage(WIDTH, rows, BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(p.background());
        g.fillRect(0, 0, WIDTH, rows);
    }

    /**
     * Draws the title and, if given, the subtitle, leaving {@code rightReserve} pixels free at the
     * right of the title line; returns the y below them.
     */
    float header(String title, String subtitle, float rightReserve) {
        float y = PAD + 30;
        Text.drawFit(g, title, Style.TITLE, p.text(), PAD, y, INNER - rightReserve);
        if (!Text.clean(subtitle).isEmpty()) {
            Text.drawFit(g, subtitle, Style.SUBTITLE, p.muted(), PAD, y + 36, INNER);
        }
        return headerHeight(subtitle);
    }

    /** The y below a header with this subtitle: what {@link #header} returns, without drawing. */
    static float headerHeight(String subtitle) {
        return PAD + 30 + 12 + (Text.clean(subtitle).isEmpty() ? 0 : 32) + 20;
    }

    /** A rule across the card at y, then the footer text if any; returns the bottom of the card. */
    int footer(String footer, float y) {
        if (!Text.clean(footer).isEmpty()) {
            rule(y + 8);
            Text.drawFit(g, footer, Style.TINY, p.muted(), PAD, y + 36, INNER);
        }
        return footerBottom(footer, y);
    }

    /** The bottom of a card whose footer starts at y: what {@link #footer} returns, without drawing. */
    static int footerBottom(String footer, float y) {
        float bottom = Text.clean(footer).isEmpty() ? y : y + 44;
        return Math.min(MAX_HEIGHT, Math.round(bottom + PAD - 4));
    }

    void rule(float y) {
        g.setColor(p.separator());
        g.setStroke(new BasicStroke(1));
        g.draw(new Line2D.Float(PAD, y, WIDTH - PAD, y));
    }

    void dashedRule(float y) {
        g.setColor(p.separator());
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {6, 6}, 0));
        g.draw(new Line2D.Float(PAD, y, WIDTH - PAD, y));
        g.setStroke(new BasicStroke(1));
    }

    void fillRound(Color color, float x, float y, float w, float h, float arc) {
        g.setColor(color);
        g.fill(new RoundRectangle2D.Float(x, y, w, h, arc, arc));
    }

    void strokeRound(Color color, float width, float x, float y, float w, float h, float arc) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.draw(new RoundRectangle2D.Float(x, y, w, h, arc, arc));
        g.setStroke(new BasicStroke(1));
    }

    void fillCircle(Color color, float cx, float cy, float r) {
        g.setColor(color);
        g.fill(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
    }

    /** A pill of text; returns its width. */
    float pill(String text, Style style, Color fill, Color ink, float x, float top, float height) {
        float w = Text.width(text, style) + height * 0.9f;
        fillRound(fill, x, top, w, height, height);
        Text.draw(g, text, style, ink, x + height * 0.45f, top + height / 2 + style.size() * 0.36f);
        return w;
    }

    /** The picture cut to {@code height}, with the card's edge, as PNG. */
    byte[] png(int height) {
        int h = Math.max(PAD * 2, Math.min(image.getHeight(), height));
        g.setColor(p.border());
        g.setStroke(new BasicStroke(2));
        g.drawRect(1, 1, WIDTH - 2, h - 2);
        g.dispose();
        return Png.encode(image, h);
    }
}
