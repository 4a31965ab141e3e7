package dev.studybot.app;

/**
 * A setting the bot cannot start with. The message is one sentence naming the key, the value and what
 * is allowed; it is what the operator sees.
 */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String key, Object value, String allowed) {
        super("Setting " + key + " is \"" + value + "\", but it must be " + allowed + ".");
    }
}
