package dev.studybot.store;

/** What recording an answer gave: it is now saved, or the member had already answered this quiz. */
public sealed interface RecordResult {
    Answer answer();

    /** This call saved the answer. */
    record Recorded(Answer answer) implements RecordResult {}

    /** The member's earlier answer stands; {@code answer} is that one. */
    record AlreadyAnswered(Answer answer) implements RecordResult {}
}
