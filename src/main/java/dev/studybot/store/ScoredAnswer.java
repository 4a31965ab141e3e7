package dev.studybot.store;

import java.util.Map;
import java.util.Optional;

/** The outcome of {@link ScoreRepository#recordAnswer}: the answer's fate and, when recorded, the streak after it. */
public record ScoredAnswer(RecordResult result, Optional<Streak> streak, Map<ScoreReason, Integer> points) {
    public ScoredAnswer {
        points = points == null || points.isEmpty() ? Map.of() : Map.copyOf(points);
    }

    public ScoredAnswer(RecordResult result, Optional<Streak> streak) {
        this(result, streak, Map.of());
    }

    /** The points this answer earned (0 when it was not recorded). */
    public int totalPoints() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean recorded() {
        return result instanceof RecordResult.Recorded;
    }
}
