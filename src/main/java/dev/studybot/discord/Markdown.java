package dev.studybot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord markdown for the plain text of a {@code Reply}: escapes what Discord would read as
 * formatting, fences code, and cuts text to a length without breaking an escape or a character.
 */
final class Markdown {
    /** Characters Discord reads as inline formatting anywhere in a line. */
    private static final String INLINE = "\\*_~`|[]<>";

    /** Line starts Discord reads as block formatting: headings and sub-text (quotes are escaped inline). */
    private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)(#{1,3} |-# )");

    static final String ELLIPSIS = "…";

    private Markdown() {}

    /** The text with every markdown character escaped, so Discord shows it as typed. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return LINE_START.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\\" + m.group(2)));
    }

    /**
     * A fenced code block. A fence inside the code would end the block early, so runs of three
     * backticks are broken with a zero-width space; a language hint keeps only safe characters.
     */
    static String fence(String language, String code) {
        return fenceOpen(language) + safeCode(code) + "\n```";
    }

    static String fenceOpen(String language) {
        return "```" + safeLanguage(language) + "\n";
    }

    static String safeLanguage(String language) {
        return language == null ? "" : language.replaceAll("[^A-Za-z0-9+#_-]", "");
    }

    static String safeCode(String code) {
        String text = code == null ? "" : code.replace("\r\n", "\n");
        while (text.contains("```")) {
            text = text.replace("```", "`\u200b``");
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Text in bold (already escaped text only). */
    static String bold(String escaped) {
        return "**" + escaped + "**";
    }

    /**
     * At most {@code max} characters: the text itself, or its head and an ellipsis. Never ends inside
     * an escape or between the halves of a surrogate pair.
     */
    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = safeCut(text, max - ELLIPSIS.length());
        return text.substring(0, cut) + ELLIPSIS;
    }

    /** At most {@code max} characters, keeping the tail: for breadcrumbs, whose end says the most. */
    static String truncateHead(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int start = text.length() - (max - ELLIPSIS.length());
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        return ELLIPSIS + text.substring(start);
    }

    /**
     * The largest index {@code <= limit} at which the text can be cut: not after a lone escaping
     * backslash, not inside a surrogate pair.
     */
    static int safeCut(String text, int limit) {
        int cut = Math.max(0, Math.min(limit, text.length()));
        if (cut > 0 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        while (cut > 0 && endsWithOpenEscape(text, cut)) {
            cut--;
        }
        return cut;
    }

    /** Whether text[0, end) ends in an odd run of backslashes, which would escape what follows. */
    private static boolean endsWithOpenEscape(String text, int end) {
        int slashes = 0;
        for (int i = end - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
