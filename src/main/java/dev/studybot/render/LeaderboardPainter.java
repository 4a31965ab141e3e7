package dev.studybot.render;

import java.awt.Color;
import java.util.List;

/**
 * Draws a {@link LeaderboardCard}: the top rows, the caller's row highlighted, or below a separator
 * when the caller is not among them.
 */
final class LeaderboardPainter {
    private static final float ROW = 50;
    private static final float RANK_CENTRE = Canvas.PAD + 22;
    private static final float NAME_X = Canvas.PAD + 58;
    private static final float STREAK_RIGHT = Canvas.WIDTH - Canvas.PAD - 14;
    private static final float RIGHT_RIGHT = STREAK_RIGHT - 110;
    private static final float POINTS_RIGHT = RIGHT_RIGHT - 100;
    private static final float NAME_W = POINTS_RIGHT - 100 - NAME_X;
    private static final Color GOLD = new Color(0xE3B341);
    private static final Color SILVER = new Color(0xB1BAC4);
    private static final Color BRONZE = new Color(0xC98A56);

    private LeaderboardPainter() {}

    static byte[] paint(LeaderboardCard card, Palette p) {
        Canvas c = new Canvas(p);
        LeaderboardCard.Labels labels = card.labels();

        String period = Text.fit(card.period(), Style.SMALL_BOLD, 260);
        float pillW = period.isEmpty() ? 0 : Text.width(period, Style.SMALL_BOLD) + 28;
        float y = c.header(card.title(), "", pillW + 16);
        if (pillW > 0) {
            c.pill(
                    period,
                    Style.SMALL_BOLD,
                    p.accent(),
                    Palette.textOn(p.accent()),
                    Canvas.WIDTH - Canvas.PAD - pillW,
                    Canvas.PAD + 6,
                    32);
        }

        List<LeaderboardRow> rows = card.rows();
        LeaderboardRow self = card.self();
        if (rows.isEmpty() && self == null) {
            Text.drawFit(c.g, labels.empty(), Style.BODY, p.muted(), Canvas.PAD, y + 30, Canvas.INNER);
            return c.png(c.footer(card.footer(), y + 50));
        }

        float headBaseline = y + 14;
        Text.drawCentred(
                c.g, Text.fit(labels.rank(), Style.TINY, 44), Style.TINY, p.muted(), RANK_CENTRE, headBaseline);
        Text.drawFit(c.g, labels.member(), Style.TINY, p.muted(), NAME_X, headBaseline, NAME_W);
        Text.drawRight(
                c.g, Text.fit(labels.points(), Style.TINY, 96), Style.TINY, p.muted(), POINTS_RIGHT, headBaseline);
        Text.drawRight(
                c.g, Text.fit(labels.rightAnswers(), Style.TINY, 96), Style.TINY, p.muted(), RIGHT_RIGHT, headBaseline);
        Text.drawRight(
                c.g, Text.fit(labels.streak(), Style.TINY, 106), Style.TINY, p.muted(), STREAK_RIGHT, headBaseline);
        y += 24;

        int shown = Math.min(rows.size(), LeaderboardCard.TOP);
        boolean selfShown = false;
        for (int i = 0; i < shown; i++) {
            LeaderboardRow row = rows.get(i);
            selfShown |= row.you();
            row(c, row, row.you(), labels, y);
            y += ROW + 4;
        }
        if (rows.size() > shown) {
            Text.draw(c.g, Values.more(labels.more(), rows.size() - shown), Style.SMALL, p.muted(), NAME_X, y + 20);
            y += 30;
        }
        if (self != null && !selfShown) {
            y += 10;
            c.dashedRule(y);
            y += 14;
            row(c, self, true, labels, y);
            y += ROW + 4;
        }
        return c.png(c.footer(card.footer(), y + 6));
    }

    private static void row(Canvas c, LeaderboardRow row, boolean you, LeaderboardCard.Labels labels, float top) {
        Palette p = c.p;
        float middle = top + ROW / 2;
        float baseline = middle + 7;
        if (you) {
            c.fillRound(p.highlight(), Canvas.PAD - 8, top, Canvas.INNER + 16, ROW, 12);
            c.fillRound(p.accent(), Canvas.PAD - 8, top + 8, 5, ROW - 16, 4);
        }

        String rank = Values.number(row.rank());
        Color medal = row.rank() == 1 ? GOLD : row.rank() == 2 ? SILVER : row.rank() == 3 ? BRONZE : null;
        if (medal != null) {
            c.fillCircle(medal, RANK_CENTRE, middle, 16);
            Text.drawCentred(c.g, rank, Style.SMALL_BOLD, new Color(0x24292F), RANK_CENTRE, middle + 6);
        } else {
            Text.drawCentred(
                    c.g, Text.fit(rank, Style.SMALL_BOLD, 52), Style.SMALL_BOLD, p.muted(), RANK_CENTRE, middle + 6);
        }

        Style nameStyle = you ? Style.BODY_BOLD : Style.BODY;
        String tag = you ? Text.fit(labels.you(), Style.TINY, 80) : "";
        float tagW = tag.isEmpty() ? 0 : Text.width(tag, Style.TINY) + 20;
        float nameW = Text.draw(
                c.g,
                Text.fit(row.name(), nameStyle, NAME_W - (tagW > 0 ? tagW + 10 : 0)),
                nameStyle,
                p.text(),
                NAME_X,
                baseline);
        if (tagW > 0) {
            c.pill(tag, Style.TINY, p.accent(), Palette.textOn(p.accent()), NAME_X + nameW + 10, middle - 11, 22);
        }

        Text.drawRight(c.g, Values.number(row.points()), Style.BODY_BOLD, p.text(), POINTS_RIGHT, baseline);
        Text.drawRight(c.g, Values.number(row.rightAnswers()), Style.BODY, p.text(), RIGHT_RIGHT, baseline);
        Text.drawRight(
                c.g,
                Values.number(row.streak()),
                Style.BODY,
                row.streak() > 0 ? p.text() : p.muted(),
                STREAK_RIGHT,
                baseline);
    }
}
