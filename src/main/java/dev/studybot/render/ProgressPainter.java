package dev.studybot.render;

import java.awt.Color;
import java.util.List;

/** Draws a {@link ProgressCard}: a bar per level and section, a mastery mark, the next topics. */
final class ProgressPainter {
    /** Rows drawn before "+N more"; keeps the card under the height cap. */
    static final int MAX_ROWS = 30;

    static final int NEXT_TOPICS = 3;

    private static final float ROW = 38;
    private static final float INDENT = 22;
    private static final float BAR_X = 318;
    private static final float BAR_W = 262;
    private static final float COUNT_RIGHT = 672;
    private static final float MASTERY_X = 692;
    private static final float MASTERY_W = Canvas.WIDTH - Canvas.PAD - MASTERY_X;

    private ProgressPainter() {}

    /**
     * The card's height, worked out before drawing with the same steps {@link #paint} takes, so the
     * canvas is no taller than the picture (a test keeps the two in step).
     */
    static int height(ProgressCard card) {
        float y = Canvas.headerHeight(card.subtitle());
        y += 26;
        List<ProgressRow> rows = card.rows();
        int shown = Math.min(rows.size(), MAX_ROWS);
        for (int i = 0; i < shown; i++) {
            if (rows.get(i).kind() == ProgressRow.Kind.LEVEL && i > 0) {
                y += 14;
            }
            y += ROW;
        }
        if (rows.size() > shown) {
            y += 32;
        }
        int next = nextTopics(card).size();
        if (next > 0) {
            y += 68 + 40 * Math.min(next, NEXT_TOPICS);
            if (next > NEXT_TOPICS) {
                y += 28;
            }
        }
        return Canvas.footerBottom(card.footer(), y + 8);
    }

    private static List<String> nextTopics(ProgressCard card) {
        return card.nextTopics().stream()
                .filter(topic -> !Text.clean(topic).isEmpty())
                .toList();
    }

    static byte[] paint(ProgressCard card, Palette p) {
        Canvas c = new Canvas(p, height(card));
        return c.png(draw(c, card));
    }

    /** Draws the card on the canvas and returns the height it took. */
    static int draw(Canvas c, ProgressCard card) {
        Palette p = c.p;
        ProgressCard.Labels labels = card.labels();
        float y = c.header(card.title(), card.subtitle(), 0);

        // legend over the bars, the mastery column's name over the marks
        float legendY = y + 8;
        float x = BAR_X;
        x = legend(c, p.done(), labels.done(), x, legendY) + 18;
        legend(c, p.learning(), labels.learning(), x, legendY);
        Text.drawCentred(
                c.g,
                Text.fit(labels.mastery(), Style.TINY, MASTERY_W + 20),
                Style.TINY,
                p.muted(),
                MASTERY_X + MASTERY_W / 2,
                legendY + 5);
        y += 26;

        List<ProgressRow> rows = card.rows();
        int shown = Math.min(rows.size(), MAX_ROWS);
        for (int i = 0; i < shown; i++) {
            ProgressRow row = rows.get(i);
            boolean level = row.kind() == ProgressRow.Kind.LEVEL;
            if (level && i > 0) {
                y += 6;
                c.rule(y);
                y += 8;
            }
            row(c, row, level, y);
            y += ROW;
        }
        if (rows.size() > shown) {
            Text.draw(c.g, Values.more(labels.more(), rows.size() - shown), Style.SMALL, p.muted(), Canvas.PAD, y + 22);
            y += 32;
        }

        List<String> next = nextTopics(card);
        if (!next.isEmpty()) {
            y += 14;
            c.rule(y);
            y += 40;
            Text.drawFit(c.g, labels.next(), Style.HEADING, p.text(), Canvas.PAD, y, Canvas.INNER);
            y += 14;
            int nextShown = Math.min(next.size(), NEXT_TOPICS);
            for (int i = 0; i < nextShown; i++) {
                float centre = y + 20;
                c.fillCircle(p.accent(), Canvas.PAD + 13, centre, 13);
                Text.drawCentred(
                        c.g,
                        Integer.toString(i + 1),
                        Style.SMALL_BOLD,
                        Palette.textOn(p.accent()),
                        Canvas.PAD + 13,
                        centre + 6);
                Text.drawFit(c.g, next.get(i), Style.BODY, p.text(), Canvas.PAD + 40, centre + 7, Canvas.INNER - 40);
                y += 40;
            }
            if (next.size() > nextShown) {
                Text.draw(
                        c.g,
                        Values.more(labels.more(), next.size() - nextShown),
                        Style.SMALL,
                        p.muted(),
                        Canvas.PAD + 40,
                        y + 18);
                y += 28;
            }
        }
        return c.footer(card.footer(), y + 8);
    }

    /** A colour square and its word; returns the x after them. */
    private static float legend(Canvas c, Color colour, String word, float x, float y) {
        c.fillRound(colour, x, y - 6, 12, 12, 4);
        String text = Text.fit(word, Style.TINY, 110);
        return x + 18 + Text.draw(c.g, text, Style.TINY, c.p.muted(), x + 18, y + 5);
    }

    private static void row(Canvas c, ProgressRow row, boolean level, float top) {
        Palette p = c.p;
        float baseline = top + ROW / 2 + 7;
        float indent = level ? 0 : INDENT;
        Style style = level ? Style.BODY_BOLD : Style.BODY;
        Text.drawFit(
                c.g, row.label(), style, p.text(), Canvas.PAD + indent, baseline, BAR_X - 16 - Canvas.PAD - indent);

        float barH = level ? 14 : 10;
        float barY = top + ROW / 2 - barH / 2;
        c.fillRound(p.track(), BAR_X, barY, BAR_W, barH, barH);
        float doneW = (float) (BAR_W * row.doneShare());
        float learningW = (float) (BAR_W * row.learningShare());
        if (learningW > 0) {
            // drawn under the done part so the join is square on the done side
            c.fillRound(p.learning(), BAR_X, barY, Math.min(BAR_W, doneW + learningW), barH, barH);
        }
        if (doneW > 0) {
            c.fillRound(p.done(), BAR_X, barY, Math.max(doneW, barH), barH, barH);
        }

        String count = Values.number(row.done()) + " / " + Values.number(row.total());
        Text.drawRight(
                c.g,
                count,
                level ? Style.SMALL_BOLD : Style.SMALL,
                level ? p.text() : p.muted(),
                COUNT_RIGHT,
                baseline - 1);

        float pillH = 26;
        float pillY = top + ROW / 2 - pillH / 2;
        if (row.mastery().isPresent()) {
            double mastery = row.mastery().getAsDouble();
            Color fill = p.mastery(mastery);
            c.fillRound(fill, MASTERY_X, pillY, MASTERY_W, pillH, pillH);
            Text.drawCentred(
                    c.g,
                    Values.percent(mastery),
                    Style.SMALL_BOLD,
                    Palette.textOn(fill),
                    MASTERY_X + MASTERY_W / 2,
                    pillY + pillH / 2 + 6);
        } else {
            c.strokeRound(p.track(), 1.5f, MASTERY_X + 0.75f, pillY + 0.75f, MASTERY_W - 1.5f, pillH - 1.5f, pillH);
            Text.drawCentred(c.g, "–", Style.SMALL, p.muted(), MASTERY_X + MASTERY_W / 2, pillY + pillH / 2 + 6);
        }
    }
}
