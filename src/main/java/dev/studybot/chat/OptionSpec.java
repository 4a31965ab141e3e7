package dev.studybot.chat;

import java.util.List;
import java.util.Objects;

/**
 * An option of a command, the same on every platform.
 *
 * @param name the option name ({@code query}, {@code status}, ...)
 * @param descriptionKey the message key of its description
 * @param type what kind of value it takes
 * @param required whether the command needs it
 * @param autocomplete whether the platform should ask the bot for choices as the user types
 * @param choices the fixed values it accepts, or empty for any
 */
public record OptionSpec(
        String name, String descriptionKey, Type type, boolean required, boolean autocomplete, List<String> choices) {
    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    /** Option value kinds. {@code USER} is a member of the team (a mention on Discord, a name elsewhere). */
    public enum Type {
        STRING,
        INTEGER,
        USER
    }

    public static OptionSpec text(String name, String descriptionKey, boolean required) {
        return new OptionSpec(name, descriptionKey, Type.STRING, required, false, List.of());
    }

    public static OptionSpec autocompleted(String name, String descriptionKey, boolean required) {
        return new OptionSpec(name, descriptionKey, Type.STRING, required, true, List.of());
    }

    public static OptionSpec choice(String name, String descriptionKey, boolean required, List<String> choices) {
        return new OptionSpec(name, descriptionKey, Type.STRING, required, false, choices);
    }

    public static OptionSpec member(String name, String descriptionKey, boolean required) {
        return new OptionSpec(name, descriptionKey, Type.USER, required, false, List.of());
    }
}
