package dev.studybot.chat;

/** A component id that did not come from this bot, or no longer means anything. */
public final class InvalidComponentException extends Exception {
    /** Why the id was refused. */
    public enum Reason {
        /** Not in the format this bot writes. */
        MALFORMED,
        /** The signature does not match: somebody wrote the id by hand. */
        FORGED,
        /** Written by an older version of the bot. */
        STALE
    }

    private final Reason reason;

    public InvalidComponentException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
