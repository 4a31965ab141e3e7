package dev.studybot.store;

/** What claiming a channel's daily quiz gave: this process posts it, or another already has it. */
public sealed interface ClaimResult {
    Quiz quiz();

    /** This caller holds the claim and should post the quiz, then mark it posted or failed. */
    record Claimed(Quiz quiz) implements ClaimResult {}

    /** Another process (or an earlier run) has the day's quiz; {@code quiz} is that row. */
    record AlreadyTaken(Quiz quiz) implements ClaimResult {}
}
