package dev.studybot.chat;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A slash command as every platform delivers it: the command, its subcommand and its options by name
 * ({@code query}, {@code status}, {@code period}, ...), already trimmed.
 */
public record CommandRequest(Caller caller, String command, String subcommand, Map<String, String> options) {
    public CommandRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");
        options = Map.copyOf(options);
    }

    /** An option's value, empty when it was not given or is blank. */
    public Optional<String> option(String name) {
        String value = options.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
