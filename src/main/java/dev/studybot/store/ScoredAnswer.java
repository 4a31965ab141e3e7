package dev.studybot.store;

import java.util.Optional;

/** The outcome of {@link ScoreRepository#recordAnswer}: the answer's fate and, when recorded, the streak after it. */
public record ScoredAnswer(RecordResult result, Optional<Streak> streak) {
    public boolean recorded() {
        return result instanceof RecordResult.Recorded;
    }
}
