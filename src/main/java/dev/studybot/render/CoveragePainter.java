package dev.studybot.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link CoverageMap}: a legend, the blind spots listed first, then each level's sections
 * as cells coloured by the share of members done, blind spots outlined and first in their level.
 */
final class CoveragePainter {
    /** Cells drawn before "+N more"; keeps the map under the height cap. */
    static final int MAX_CELLS = 80;

    /** Blind-spot chips listed at the top before "+N more". */
    static final int MAX_CHIPS = 12;

    static final int COLUMNS = 4;
    private static final float GAP = 10;
    private static final float CELL_W = (Canvas.INNER - GAP * (COLUMNS - 1)) / COLUMNS;
    private static final float CELL_H = 64;
    private static final float CHIP_H = 30;

    /** The lowest a cell may reach: room is left for "+N more" and a footer. */
    private static final float BOTTOM = Canvas.MAX_HEIGHT - 120;

    private CoveragePainter() {}

    static byte[] paint(CoverageMap map, Palette p) {
        Canvas c = new Canvas(p);
        CoverageMap.Labels labels = map.labels();
        float y = c.header(map.title(), map.subtitle(), 0);
        y = legend(c, labels, y);
        y = blindSpots(c, map, y + 14);

        int budget = MAX_CELLS;
        int hidden = 0;
        for (CoverageLevel level : map.levels()) {
            List<CoverageCell> cells = blindSpotsFirst(level.cells());
            // a level starts only if its heading and one row of cells fit above the footer
            if (budget <= 0 || y + 52 + CELL_H > BOTTOM) {
                hidden += cells.size();
                budget = 0;
                continue;
            }
            y += 16;
            Text.drawFit(c.g, level.label(), Style.HEADING, p.text(), Canvas.PAD, y + 22, Canvas.INNER);
            y += 36;
            int rowsThatFit = (int) ((BOTTOM - y + GAP) / (CELL_H + GAP));
            int shown = Math.min(cells.size(), Math.min(budget, rowsThatFit * COLUMNS));
            for (int i = 0; i < shown; i++) {
                float x = Canvas.PAD + (i % COLUMNS) * (CELL_W + GAP);
                float top = y + (i / COLUMNS) * (CELL_H + GAP);
                cell(c, cells.get(i), labels, x, top);
            }
            y += ((shown + COLUMNS - 1) / COLUMNS) * (CELL_H + GAP);
            budget = shown < cells.size() ? 0 : budget - shown;
            hidden += cells.size() - shown;
        }
        if (hidden > 0) {
            Text.draw(c.g, Values.more(labels.more(), hidden), Style.SMALL, p.muted(), Canvas.PAD, y + 20);
            y += 30;
        }
        return c.png(c.footer(map.footer(), y + 4));
    }

    /** Blind spots first, otherwise the order given. */
    static List<CoverageCell> blindSpotsFirst(List<CoverageCell> cells) {
        List<CoverageCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing(cell -> !cell.blindSpot()));
        return sorted;
    }

    /** The colour scale with its name, the outline and the dot; returns the y below. */
    private static float legend(Canvas c, CoverageMap.Labels labels, float y) {
        Palette p = c.p;
        float baseline = y + 16;
        float x = Canvas.PAD;
        x += Text.draw(c.g, Text.fit(labels.coverage(), Style.TINY, 200), Style.TINY, p.muted(), x, baseline) + 10;
        x += Text.draw(c.g, "0%", Style.TINY, p.muted(), x, baseline) + 6;
        for (int i = 0; i < 5; i++) {
            c.fillRound(p.coverage().get(i), x, baseline - 13, 18, 18, 5);
            x += 22;
        }
        x += Text.draw(c.g, "100%", Style.TINY, p.muted(), x + 2, baseline) + 26;

        c.fillRound(p.coverage().get(0), x, baseline - 13, 18, 18, 5);
        c.strokeRound(p.warn(), 2.5f, x, baseline - 13, 18, 18, 5);
        x += 26;
        x += Text.draw(c.g, Text.fit(labels.blindSpot(), Style.TINY, 120), Style.TINY, p.muted(), x, baseline) + 22;

        c.fillCircle(p.accent(), x + 6, baseline - 4, 6);
        x += 18;
        Text.draw(
                c.g,
                Text.fit(labels.mustKnow(), Style.TINY, Canvas.WIDTH - Canvas.PAD - x),
                Style.TINY,
                p.muted(),
                x,
                baseline);
        return y + 28;
    }

    /** The heading and the blind spots as outlined chips, wrapped; returns the y below. */
    private static float blindSpots(Canvas c, CoverageMap map, float y) {
        Palette p = c.p;
        CoverageMap.Labels labels = map.labels();
        List<String> spots = new ArrayList<>();
        for (CoverageLevel level : map.levels()) {
            for (CoverageCell cell : level.cells()) {
                if (cell.blindSpot()) {
                    String levelName = Text.clean(level.label());
                    spots.add(levelName.isEmpty() ? cell.label() : levelName + " · " + Text.clean(cell.label()));
                }
            }
        }
        c.fillRound(spots.isEmpty() ? p.done() : p.warn(), Canvas.PAD, y, 4, 26, 2);
        String heading = spots.isEmpty() ? labels.noBlindSpots() : labels.blindSpots() + "  " + spots.size();
        Text.drawFit(c.g, heading, Style.BODY_BOLD, p.text(), Canvas.PAD + 14, y + 20, Canvas.INNER - 14);
        y += 36;
        if (spots.isEmpty()) {
            return y;
        }
        float x = Canvas.PAD;
        int shown = Math.min(spots.size(), MAX_CHIPS);
        for (int i = 0; i < shown; i++) {
            String text = Text.fit(spots.get(i), Style.SMALL, Canvas.INNER - 30);
            float w = Text.width(text, Style.SMALL) + 24;
            if (x > Canvas.PAD && x + w > Canvas.WIDTH - Canvas.PAD) {
                x = Canvas.PAD;
                y += CHIP_H + 8;
            }
            c.strokeRound(p.warn(), 1.5f, x, y, w, CHIP_H, CHIP_H);
            Text.draw(c.g, text, Style.SMALL, p.text(), x + 12, y + CHIP_H / 2 + 6);
            x += w + 8;
        }
        if (spots.size() > shown) {
            String more = Values.more(labels.more(), spots.size() - shown);
            float w = Text.width(more, Style.SMALL);
            if (x + w > Canvas.WIDTH - Canvas.PAD) {
                x = Canvas.PAD;
                y += CHIP_H + 8;
            }
            Text.draw(c.g, more, Style.SMALL, p.muted(), x + 4, y + CHIP_H / 2 + 6);
        }
        return y + CHIP_H + 4;
    }

    private static void cell(Canvas c, CoverageCell cell, CoverageMap.Labels labels, float x, float top) {
        Palette p = c.p;
        Color fill = p.coverage(cell.doneShare());
        Color ink = Palette.textOn(fill);
        c.fillRound(fill, x, top, CELL_W, CELL_H, 10);
        if (cell.blindSpot()) {
            c.strokeRound(p.warn(), 3, x + 1.5f, top + 1.5f, CELL_W - 3, CELL_H - 3, 10);
        }
        float textW = CELL_W - 24 - (cell.mustKnow() ? 14 : 0);
        Text.drawFit(c.g, cell.label(), Style.SMALL_BOLD, ink, x + 12, top + 26, textW);
        String figures = Values.percent(cell.doneShare());
        if (cell.mastery().isPresent()) {
            figures += "  ·  " + labels.mastery() + " "
                    + Values.percent(cell.mastery().getAsDouble());
        }
        Text.drawFit(c.g, figures, Style.TINY, ink, x + 12, top + 50, CELL_W - 24);
        if (cell.mustKnow()) {
            c.fillCircle(ink, x + CELL_W - 15, top + 15, 6.5f);
            c.fillCircle(p.accent(), x + CELL_W - 15, top + 15, 5);
        }
    }
}
