package dev.studybot.console;

import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a typed line such as {@code /topic go work status:done} or {@code /quiz schedule 09:30
 * Asia/Shanghai mon-fri} into a command, a subcommand and named options, the way Discord would have
 * delivered them. {@code name:value} sets an option the command has; the rest is positional text:
 * all of it goes to a text option such as {@code query}, or one word per option in order.
 */
final class ConsoleParser {
    private static final Set<String> FREE_TEXT = Set.of("query", "section", "topic", "member");

    /** A parsed line. */
    record Parsed(String command, String subcommand, Map<String, String> options) {}

    /** Thrown for a line that cannot be split (an unclosed quote). */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message);
        }
    }

    private ConsoleParser() {}

    static Parsed parse(String line, Map<String, CommandSpec> specs) throws ParseError {
        List<String> tokens = tokens(line.strip().substring(1));
        if (tokens.isEmpty()) {
            return new Parsed("", null, Map.of());
        }
        String command = tokens.remove(0).toLowerCase(java.util.Locale.ROOT);
        CommandSpec spec = specs.get(command);
        String subcommand = null;
        if (spec != null
                && !spec.subcommands().isEmpty()
                && !tokens.isEmpty()
                && !tokens.get(0).contains(":")) {
            subcommand = tokens.remove(0).toLowerCase(java.util.Locale.ROOT);
        }
        List<OptionSpec> allowed = spec == null ? List.of() : spec.optionsFor(subcommand);
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String token : tokens) {
            int colon = token.indexOf(':');
            if (colon > 0) {
                String name = token.substring(0, colon);
                Optional<OptionSpec> option =
                        allowed.stream().filter(o -> o.name().equals(name)).findFirst();
                if (option.isPresent()
                        || (spec != null
                                && looksLikeOption(name)
                                && allowed.stream().noneMatch(o -> FREE_TEXT.contains(o.name())))) {
                    options.put(name, token.substring(colon + 1));
                    continue;
                }
            }
            positional.add(token);
        }
        List<OptionSpec> open =
                allowed.stream().filter(o -> !options.containsKey(o.name())).toList();
        if (!positional.isEmpty()) {
            if (open.isEmpty()) {
                // nothing to take it: let the router say which options exist
                options.put(String.join(" ", positional), "");
            } else if (FREE_TEXT.contains(open.get(0).name()) || open.size() == 1) {
                options.put(open.get(0).name(), String.join(" ", positional));
            } else {
                for (int i = 0; i < positional.size(); i++) {
                    if (i < open.size() - 1) {
                        options.put(open.get(i).name(), positional.get(i));
                    } else {
                        options.put(
                                open.get(open.size() - 1).name(),
                                String.join(" ", positional.subList(i, positional.size())));
                        break;
                    }
                }
            }
        }
        return new Parsed(command, subcommand, options);
    }

    private static boolean looksLikeOption(String name) {
        return name.matches("[a-z]{2,20}");
    }

    /** Splits on spaces, keeping "quoted text" (and name:"quoted text") together. */
    static List<String> tokens(String text) throws ParseError {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new ParseError("unclosed quote");
        }
        if (any) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
