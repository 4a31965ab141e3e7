package dev.studybot.store;

import java.util.Optional;

/**
 * The outcome of {@link ScoreRepository#recordAnswer}: the answer's fate and, when recorded, the
 * streak after it. {@code quizClosed} is true, and {@code result} null, when a live quiz answer (one
 * with a {@link PointsRule}) came after its quiz closed: nothing was written.
 */
public record ScoredAnswer(RecordResult result, Optional<Streak> streak, boolean quizClosed) {
    public ScoredAnswer(RecordResult result, Optional<Streak> streak) {
        this(result, streak, false);
    }

    /** The answer came too late: its quiz is closed. */
    static ScoredAnswer closed() {
        return new ScoredAnswer(null, Optional.empty(), true);
    }

    public boolean recorded() {
        return result instanceof RecordResult.Recorded;
    }
}
