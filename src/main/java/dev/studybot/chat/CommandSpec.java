package dev.studybot.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command as platforms register it: its name, description, options, and subcommands. A command has
 * either options or subcommands, as on Discord.
 *
 * @param name the command name without the slash ({@code topic})
 * @param descriptionKey the message key of its description
 * @param admin whether only admins may run it (for a command without subcommands)
 * @param options its options when it has no subcommands, the first taking the console's free text
 * @param subcommands its subcommands, or empty
 */
public record CommandSpec(
        String name, String descriptionKey, boolean admin, List<OptionSpec> options, List<Subcommand> subcommands) {
    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
    }

    /** A command with options and no subcommands. */
    public static CommandSpec of(String name, String descriptionKey, OptionSpec... options) {
        return new CommandSpec(name, descriptionKey, false, List.of(options), List.of());
    }

    /** A command made of subcommands. */
    public static CommandSpec withSubcommands(String name, String descriptionKey, Subcommand... subcommands) {
        return new CommandSpec(name, descriptionKey, false, List.of(), List.of(subcommands));
    }

    public Optional<Subcommand> subcommand(String subName) {
        return subcommands.stream().filter(s -> s.name().equals(subName)).findFirst();
    }

    /** The options that apply to a subcommand (or to the command when {@code subName} is null). */
    public List<OptionSpec> optionsFor(String subName) {
        if (subName == null) {
            return options;
        }
        return subcommand(subName).map(Subcommand::options).orElse(List.of());
    }

    /** Whether running this command (or this subcommand of it) needs admin rights. */
    public boolean adminFor(String subName) {
        if (subName == null) {
            return admin;
        }
        return subcommand(subName).map(Subcommand::admin).orElse(admin);
    }

    /** A subcommand: name, description, whether it is for admins only, and its options. */
    public record Subcommand(String name, String descriptionKey, boolean admin, List<OptionSpec> options) {
        public Subcommand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(descriptionKey, "descriptionKey");
            options = List.copyOf(options);
        }

        public static Subcommand of(String name, String descriptionKey, boolean admin, OptionSpec... options) {
            return new Subcommand(name, descriptionKey, admin, List.of(options));
        }
    }
}
