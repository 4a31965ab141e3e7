package dev.studybot.store;

/**
 * A storage failure whose message is one sentence a user can read: what went wrong and what to do.
 * The cause, with its stack trace, is for the log only.
 */
public sealed class StoreException extends RuntimeException permits StoreStartupException, StoreUnavailableException {
    private static final long serialVersionUID = 1L;

    public StoreException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    public StoreException(String sentence) {
        super(sentence);
    }

    /** A failure the caller did not expect: the database refused a statement for another reason. */
    static StoreException unexpected(Throwable cause) {
        return new StoreException("The database refused to save or read this; the bot's log has the details.", cause);
    }
}
