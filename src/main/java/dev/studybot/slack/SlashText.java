package dev.studybot.slack;

import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text after a Slack slash command ({@code epoll status:done}, {@code schedule 09:30
 * Asia/Shanghai mon-fri}) into a subcommand and named options, the way Discord delivers them. The
 * rules are the console's: {@code name:value} sets an option the command has; the rest is positional
 * text, all of it for a text option such as {@code query}, or one word per option in order. Slack's
 * escapes ({@code <@U123|ann>}, {@code &amp;}) are undone; a member mention gives the member's id.
 */
final class SlashText {
    private static final Set<String> FREE_TEXT = Set.of("query", "section", "topic", "member");
    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([CGD][A-Z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern SPECIAL = Pattern.compile("<!([a-z]+)(?:\\^[^|>]*)?(?:\\|([^>]*))?>");
    private static final Pattern LINK = Pattern.compile("<([a-z][a-z0-9+.-]*:[^|>]*)(?:\\|([^>]*))?>");

    /** A parsed command line: the subcommand (or null) and the options by name. */
    record Parsed(String subcommand, Map<String, String> options) {}

    /** Thrown for text that cannot be split, such as an unclosed quote. */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    private SlashText() {}

    /** Parses {@code text} for {@code spec}; a null spec (unknown command) yields no options. */
    static Parsed parse(String text, CommandSpec spec) throws ParseError {
        List<String> tokens = tokens(text == null ? "" : text);
        if (spec == null) {
            return new Parsed(null, Map.of());
        }
        String subcommand = null;
        if (!spec.subcommands().isEmpty() && !tokens.isEmpty() && !tokens.get(0).contains(":")) {
            subcommand = plain(tokens.remove(0)).toLowerCase(Locale.ROOT);
        }
        List<OptionSpec> allowed = spec.optionsFor(subcommand);
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String token : tokens) {
            int colon = token.indexOf(':');
            if (colon > 0 && !token.startsWith("<")) {
                String name = token.substring(0, colon);
                Optional<OptionSpec> option =
                        allowed.stream().filter(o -> o.name().equals(name)).findFirst();
                if (option.isPresent()
                        || (looksLikeOption(name) && allowed.stream().noneMatch(o -> FREE_TEXT.contains(o.name())))) {
                    options.put(name, value(token.substring(colon + 1), option.orElse(null)));
                    continue;
                }
            }
            positional.add(token);
        }
        List<OptionSpec> open =
                allowed.stream().filter(o -> !options.containsKey(o.name())).toList();
        if (!positional.isEmpty()) {
            if (open.isEmpty()) {
                // nothing takes the text: let the router say which options exist
                options.put(plain(String.join(" ", positional)), "");
            } else if (FREE_TEXT.contains(open.get(0).name()) || open.size() == 1) {
                options.put(open.get(0).name(), joined(positional, open.get(0)));
            } else {
                for (int i = 0; i < positional.size(); i++) {
                    OptionSpec option = open.get(Math.min(i, open.size() - 1));
                    if (i < open.size() - 1) {
                        options.put(option.name(), value(positional.get(i), option));
                    } else {
                        options.put(option.name(), joined(positional.subList(i, positional.size()), option));
                        break;
                    }
                }
            }
        }
        return new Parsed(subcommand, options);
    }

    private static String joined(List<String> words, OptionSpec option) {
        if (words.size() == 1) {
            return value(words.get(0), option);
        }
        List<String> plain = new ArrayList<>();
        for (String word : words) {
            plain.add(plain(word));
        }
        return String.join(" ", plain);
    }

    /** A member option takes the member's id from a mention; everything else reads as plain text. */
    private static String value(String token, OptionSpec option) {
        if (option != null && option.type() == OptionSpec.Type.USER) {
            Matcher user = USER.matcher(token.strip());
            if (user.matches()) {
                return user.group(1);
            }
        }
        return plain(token);
    }

    private static boolean looksLikeOption(String name) {
        return name.matches("[a-z]{2,20}");
    }

    /** Slack's escaped text as a person would read it: mentions as {@code @name}, links as URLs. */
    static String plain(String text) {
        String out =
                replace(USER, text, m -> "@" + (m.group(2) == null || m.group(2).isEmpty() ? m.group(1) : m.group(2)));
        out = replace(CHANNEL, out, m -> "#" + (m.group(2) == null || m.group(2).isEmpty() ? m.group(1) : m.group(2)));
        out = replace(SPECIAL, out, m -> "@" + m.group(1));
        out = replace(LINK, out, m -> m.group(1));
        return out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits on spaces, keeping "quoted text" and Slack's {@code <...>} escapes together. */
    static List<String> tokens(String text) throws ParseError {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean angled = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!angled && (c == '"' || c == '“' || c == '”')) {
                quoted = !quoted;
                any = true;
            } else if (c == '<' && !quoted) {
                angled = true;
                current.append(c);
                any = true;
            } else if (c == '>' && angled) {
                angled = false;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted && !angled) {
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
