package dev.studybot.store;

/**
 * The database stayed locked or unreachable past the retry bound. Nothing of the attempted write
 * remains, so the user can simply try again.
 */
public final class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    static final String SENTENCE =
            "The database is busy right now and nothing was saved; please try again in a moment.";

    public StoreUnavailableException(Throwable cause) {
        super(SENTENCE, cause);
    }
}
