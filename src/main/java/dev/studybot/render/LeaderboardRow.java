package dev.studybot.render;

/**
 * One member on the leaderboard.
 *
 * @param rank the place to show (the caller ranks; ties may share a number)
 * @param name the member's display name
 * @param points points in the period
 * @param rightAnswers right answers in the period
 * @param streak the current streak: daily quizzes answered right in a row
 * @param you whether this is the member who asked (the row is highlighted)
 */
public record LeaderboardRow(int rank, String name, long points, int rightAnswers, int streak, boolean you) {

    /** Null text is empty; negative numbers are 0. */
    public LeaderboardRow {
        rank = Values.count(rank);
        name = Values.text(name);
        points = Math.max(0, points);
        rightAnswers = Values.count(rightAnswers);
        streak = Values.count(streak);
    }
}
