package dev.studybot.chat;

import java.util.List;
import java.util.Objects;

/**
 * What a button or select means, before encoding: the feature that handles it (a command name such
 * as {@code quiz}), an action ({@code answer}) and its arguments ({@code 42}, {@code 1}).
 */
public record ComponentId(String feature, String action, List<String> args) {
    public ComponentId {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(action, "action");
        args = List.copyOf(args);
    }

    public static ComponentId of(String feature, String action, String... args) {
        return new ComponentId(feature, action, List.of(args));
    }

    /** The argument at {@code index}, or {@code null} when there are fewer. */
    public String arg(int index) {
        return index < args.size() ? args.get(index) : null;
    }
}
