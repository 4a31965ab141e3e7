package dev.studybot.chat;

import java.util.Objects;

/** A partly typed option value for which the platform wants choices. */
public record AutocompleteRequest(Caller caller, String command, String option, String partial) {
    public AutocompleteRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");
        option = option == null ? "" : option;
        partial = partial == null ? "" : partial;
    }
}
