package dev.studybot.quiz;

/**
 * SM-2, the spaced-repetition algorithm of SuperMemo 2 (P. Woźniak, 1990), for practice questions: a
 * right answer stretches the interval (1 day, 6 days, then the previous interval times the ease),
 * a wrong one starts the item again tomorrow, and the ease factor follows answer quality but never
 * drops under 1.3.
 */
public final class SpacedRepetition {
    /** The ease a new item starts with. */
    public static final double INITIAL_EASE = 2.5;

    static final double MIN_EASE = 1.3;

    /** Quality for a right answer (SM-2 grades 0..5; 4 = right after some thought). */
    public static final int RIGHT = 4;

    /** Quality for a wrong answer (2 = wrong, but the right one seemed familiar). */
    public static final int WRONG = 2;

    private SpacedRepetition() {}

    /**
     * A member's state for one question.
     *
     * @param repetitions right answers in a row
     * @param intervalDays days until the next review
     * @param ease the ease factor
     * @param lapses how often it was forgotten after having been learned
     */
    public record State(int repetitions, int intervalDays, double ease, int lapses) {
        public static State fresh() {
            return new State(0, 0, INITIAL_EASE, 0);
        }
    }

    /** The state after an answer of quality {@code quality} (0..5). */
    public static State review(State state, int quality) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("quality must be 0..5, got " + quality);
        }
        double ease = state.ease() + (0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02));
        ease = Math.max(MIN_EASE, ease);
        if (quality < 3) {
            int lapses = state.repetitions() > 0 ? state.lapses() + 1 : state.lapses();
            return new State(0, 1, ease, lapses);
        }
        int interval =
                switch (state.repetitions()) {
                    case 0 -> 1;
                    case 1 -> 6;
                    default -> (int) Math.round(state.intervalDays() * state.ease());
                };
        return new State(state.repetitions() + 1, interval, ease, state.lapses());
    }
}
