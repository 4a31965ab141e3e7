package dev.studybot.render;

import java.util.List;

/**
 * What the leaderboard card shows; all text comes localized. The first {@value #TOP} rows are drawn
 * in the order given; the caller's own row is highlighted there, or drawn below a separator when it
 * is not among them.
 *
 * @param title the heading
 * @param period the period's name (本周, 本月, 总榜, or English)
 * @param rows members in order, best first (more than {@value #TOP} are cut with "+N more")
 * @param self the caller's own row, or {@code null} when the caller has none; pass it whenever
 *     there is one: it is drawn separately only when no drawn row is marked {@code you}
 * @param footer a small last line, may be empty
 * @param labels the card's fixed words
 */
public record LeaderboardCard(
        String title, String period, List<LeaderboardRow> rows, LeaderboardRow self, String footer, Labels labels) {

    /** How many rows the card draws. */
    public static final int TOP = 10;

    /** Null text is empty, a null list is empty, missing labels are Chinese. */
    public LeaderboardCard {
        title = Values.text(title);
        period = Values.text(period);
        rows = Values.list(rows);
        footer = Values.text(footer);
        labels = labels == null ? Labels.ZH : labels;
    }

    /**
     * The fixed words of a leaderboard card.
     *
     * @param rank the rank column
     * @param member the name column
     * @param points the points column
     * @param rightAnswers the right-answers column
     * @param streak the streak column
     * @param you the tag beside the caller's name
     * @param empty said when nobody has points yet
     * @param more said when the list is cut, with {@code {0}} for how many are left out
     */
    public record Labels(
            String rank,
            String member,
            String points,
            String rightAnswers,
            String streak,
            String you,
            String empty,
            String more) {
        public static final Labels ZH = new Labels("#", "成员", "积分", "答对", "连对", "你", "还没有人得分。答一道题就能上榜。", "还有 {0} 人");
        public static final Labels EN = new Labels(
                "#",
                "Member",
                "Points",
                "Right",
                "Streak",
                "you",
                "No points yet. Answer a question to get on the board.",
                "+{0} more");

        /** Null words are empty. */
        public Labels {
            rank = Values.text(rank);
            member = Values.text(member);
            points = Values.text(points);
            rightAnswers = Values.text(rightAnswers);
            streak = Values.text(streak);
            you = Values.text(you);
            empty = Values.text(empty);
            more = Values.text(more);
        }
    }
}
