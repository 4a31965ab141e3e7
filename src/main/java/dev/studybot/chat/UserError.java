package dev.studybot.chat;

/**
 * A mistake the user made, said in one sentence in their language: the message key and its
 * arguments. The router turns it into a private reply; it is never logged as a failure.
 */
public final class UserError extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
