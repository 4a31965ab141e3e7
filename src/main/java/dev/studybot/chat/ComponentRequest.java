package dev.studybot.chat;

import java.util.List;
import java.util.Objects;

/**
 * A press of a button or a pick in a select.
 *
 * @param caller who pressed it
 * @param rawId the component id exactly as the platform returned it (not yet checked)
 * @param values the picked values of a select, empty for a button
 * @param messageId the platform id of the message that holds the component, or {@code null}
 */
public record ComponentRequest(Caller caller, String rawId, List<String> values, String messageId) {
    public ComponentRequest {
        Objects.requireNonNull(caller, "caller");
        rawId = rawId == null ? "" : rawId;
        values = values == null ? List.of() : List.copyOf(values);
    }
}
