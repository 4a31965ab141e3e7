package dev.studybot.chat;

import java.util.List;

/**
 * A slash command and the components it puts on its replies. Implementations take ids and values and
 * return a {@link Reply}; they never see a platform type. The defaults refuse what a command does not
 * handle, so a feature overrides only what it needs.
 */
public interface Command {
    /** Name, options and subcommands, as registered on every platform. */
    CommandSpec spec();

    /** Runs the command. Throw {@link UserError} for a mistake the user made. */
    Reply execute(CommandRequest request);

    /** Handles a press of one of this command's components; {@code id} has already been checked. */
    default Reply onComponent(ComponentRequest request, ComponentId id) {
        throw new UserError("error.component.unknown");
    }

    /** Choices for a partly typed option. Must be quick: Discord waits three seconds at most. */
    default List<Choice> autocomplete(AutocompleteRequest request) {
        return List.of();
    }
}
