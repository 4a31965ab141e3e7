package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks Discord makes on a bulk command registration, so the fake refuses what Discord would. */
final class CommandRules {
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

    private CommandRules() {}

    /** Why Discord would refuse these commands, or empty when it would take them. */
    static Optional<String> check(JsonNode commands) {
        if (commands.size() > 100) {
            return Optional.of("more than 100 commands");
        }
        Set<String> names = new HashSet<>();
        for (JsonNode command : commands) {
            String name = command.path("name").asText("");
            if (!names.add(name)) {
                return Optional.of("two commands named " + name);
            }
            Optional<String> problem = checkNamed(command, "/" + name);
            if (problem.isPresent()) {
                return problem;
            }
            JsonNode options = command.path("options");
            if (options.size() > 25) {
                return Optional.of("/" + name + " has more than 25 options");
            }
            boolean optional = false;
            for (JsonNode option : options) {
                Optional<String> p = checkOption(option, "/" + name);
                if (p.isPresent()) {
                    return p;
                }
                int type = option.path("type").asInt();
                if (type == 1 || type == 2) {
                    continue;
                }
                boolean required = option.path("required").asBoolean(false);
                if (required && optional) {
                    return Optional.of("/" + name + ": required options must come before optional ones");
                }
                optional |= !required;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkOption(JsonNode option, String where) {
        String name = option.path("name").asText("");
        Optional<String> problem = checkNamed(option, where + " " + name);
        if (problem.isPresent()) {
            return problem;
        }
        JsonNode choices = option.path("choices");
        if (choices.size() > 25) {
            return Optional.of(where + " " + name + " has more than 25 choices");
        }
        if (choices.size() > 0 && option.path("autocomplete").asBoolean(false)) {
            return Optional.of(where + " " + name + " has choices and autocomplete");
        }
        for (JsonNode choice : choices) {
            String choiceName = choice.path("name").asText("");
            if (choiceName.isEmpty() || choiceName.length() > 100) {
                return Optional.of(where + " " + name + " has a choice name of " + choiceName.length() + " characters");
            }
        }
        boolean optional = false;
        for (JsonNode sub : option.path("options")) {
            Optional<String> p = checkOption(sub, where + " " + name);
            if (p.isPresent()) {
                return p;
            }
            boolean required = sub.path("required").asBoolean(false);
            if (required && optional) {
                return Optional.of(where + " " + name + ": required options must come before optional ones");
            }
            optional |= !required;
        }
        return Optional.empty();
    }

    private static Optional<String> checkNamed(JsonNode item, String where) {
        String name = item.path("name").asText("");
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(where + ": invalid name '" + name + "'");
        }
        String description = item.path("description").asText("");
        if (description.isEmpty() || description.length() > 100) {
            return Optional.of(where + ": a description needs 1 to 100 characters, got " + description.length());
        }
        for (String map : new String[] {"name_localizations", "description_localizations"}) {
            for (var entry : item.path(map).properties()) {
                String text = entry.getValue().asText("");
                int max = map.startsWith("name") ? 32 : 100;
                if (text.isEmpty() || text.length() > max) {
                    return Optional.of(
                            where + ": " + map + "." + entry.getKey() + " has " + text.length() + " characters");
                }
            }
        }
        return Optional.empty();
    }
}
