package dev.studybot.store;

/** The database could not be opened at start-up; the message says which problem and what to do. */
public final class StoreStartupException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreStartupException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    public StoreStartupException(String sentence) {
        super(sentence);
    }
}
