package dev.studybot.roadmap;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the outline parser reads one line's text: whether it is Go code, how a heading splits into
 * title and summary, whether a line is prose or a label, and how HTML and Liquid are cleaned out.
 */
final class OutlineText {
    static final Pattern TAG = Pattern.compile("[(（]\\s*(必会|推荐)\\s*[)）]");
    static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    static final Pattern LIQUID = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");
    static final Pattern LIQUID_PATH = Pattern.compile("\\{\\{\\s*['\"]([^'\"]+)['\"]");
    static final Pattern DECLARATION = Pattern.compile("^(func|type|var|const|import|package)(\\s+\\S.*|\\s*\\(.*)$");
    static final Pattern BLOCK_STATEMENT = Pattern.compile("^(if|for|switch|select|else)\\b.*\\{\\s*(//.*)?$");
    static final Pattern STATEMENT = Pattern.compile("^(return|defer|panic|break|continue|goto)\\b.*$");
    static final Pattern CASE = Pattern.compile("^(case\\s.+|default)\\s*:\\s*(//.*)?$");
    static final Pattern TOOL_LINE = Pattern.compile("^(go|module|require|replace)\\s+[\\w./@=(-][^\\s]*.*$");
    static final Pattern CALL = Pattern.compile("^[A-Za-z_][\\w.]*(\\[[^]]*])?\\(.*\\)[\\w\\s\\[\\]*(),.{}]*$");
    static final Pattern SHELL = Pattern.compile("^(go|git|cd|vim|make|docker|kubectl)\\s.*$");
    static final Pattern PAREN_LEAD = Pattern.compile("^([^\\s(（]{1,20}[(（][^)）]{1,40}[)）])[\\s,，]*(\\S.*)$");
    static final int SENTENCE_LENGTH = 30;
    static final int LONG_TITLE = 24;

    private OutlineText() {}

    /** Splits {@code Title：description}, or a long sentence at its first comma, into title and summary. */
    static String[] splitTitle(String text) {
        int colon = titleColon(text);
        if (colon > 0) {
            String title = text.substring(0, colon).strip();
            String summary = text.substring(colon + 1).strip();
            if (!title.isEmpty()) {
                return new String[] {title, summary};
            }
        }
        if (text.codePointCount(0, text.length()) > LONG_TITLE) {
            Matcher lead = PAREN_LEAD.matcher(text);
            if (lead.matches()) {
                return new String[] {lead.group(1).strip(), lead.group(2).strip()};
            }
            int parens = 0;
            for (int i = 0; i < Math.min(text.length(), 2 * LONG_TITLE); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '（') {
                    parens++;
                } else if (c == ')' || c == '）') {
                    parens = Math.max(0, parens - 1);
                }
                if (i >= 2 && parens == 0 && (c == '，' || c == ',' || c == '。' || c == '；' || c == ';')) {
                    return new String[] {
                        text.substring(0, i).strip(), text.substring(i + 1).strip()
                    };
                }
            }
        }
        return new String[] {text, ""};
    }

    static int titleColon(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '：' || c == ':')) {
                if (i > 30) {
                    return -1;
                }
                boolean url = c == ':' && text.startsWith("//", i + 1);
                boolean clock = c == ':'
                        && i > 0
                        && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1));
                if (!url && !clock) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A line that introduces the list under it ({@code 以下是一些常用的函数：}) rather than naming a topic. */
    static boolean isListIntro(String text) {
        String cleaned = clean(text);
        return (cleaned.endsWith("：") || cleaned.endsWith(":")) && cleaned.codePointCount(0, cleaned.length()) > 16;
    }

    /** A short line without sentence punctuation or a description: a label, not a remark. */
    static boolean isShortLabel(String text) {
        String cleaned = clean(text);
        String bare = cleaned.replaceAll("[(（][^)）]*[)）]", "").strip();
        return bare.codePointCount(0, bare.length()) <= SENTENCE_LENGTH
                && titleColon(cleaned) < 0
                && !bare.matches(".*[，,。；;！？!?].*");
    }

    /** A numbered line that reads as prose rather than as a heading. */
    static boolean isSentence(String text) {
        String cleaned = TAG.matcher(text).replaceAll("").strip();
        if (titleColon(cleaned) > 0) {
            return false;
        }
        return cleaned.codePointCount(0, cleaned.length()) > SENTENCE_LENGTH;
    }

    /** True when a line, without its indentation, reads as Go code (or a go tool command). */
    static boolean looksLikeCode(String line) {
        if (line.isEmpty()) {
            return false;
        }
        if (line.startsWith("//") || line.startsWith("/*")) {
            return true;
        }
        String code = codePart(line);
        if (hasCjk(code)) {
            return false;
        }
        return DECLARATION.matcher(code).matches()
                || BLOCK_STATEMENT.matcher(code).matches()
                || STATEMENT.matcher(code).matches()
                || CASE.matcher(code).matches()
                || TOOL_LINE.matcher(code).matches()
                || code.startsWith("}")
                || code.startsWith(")")
                || code.startsWith("<-")
                || code.contains(":=")
                || code.endsWith("{")
                || (code.endsWith("(") && !code.contains(" "))
                || CALL.matcher(code).matches();
    }

    /** The line without a trailing {@code //} comment and without string literals. */
    static String codePart(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                    out.append(c);
                }
                continue;
            }
            if (c == '"' || c == '`' || c == '\'') {
                inString = true;
                quote = c;
                out.append(c);
                continue;
            }
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN
                    || (cp >= 0x2E80 && cp <= 0x303F)
                    || (cp >= 0xFF00 && cp <= 0xFFEF)
                    || cp == '‘'
                    || cp == '’'
                    || cp == '“'
                    || cp == '”') {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static String language(String code) {
        boolean shell = true;
        boolean any = false;
        for (String line : code.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("//") || t.startsWith("#")) {
                continue;
            }
            any = true;
            if (!SHELL.matcher(t).matches() || t.startsWith("go ") && t.matches("go \\d.*")) {
                shell = false;
            }
        }
        return any && shell ? "shell" : "go";
    }

    static String imagePath(String src) {
        Matcher liquid = LIQUID_PATH.matcher(src);
        String path = liquid.find() ? liquid.group(1) : src;
        return decodeEntities(path).strip();
    }

    /** Text for a reader: entities decoded, HTML tags and Liquid removed, spaces tidied. */
    static String clean(String text) {
        String withoutLiquid = LIQUID.matcher(text).replaceAll("");
        String withoutTags = HTML_TAG.matcher(withoutLiquid).replaceAll("");
        return decodeEntities(withoutTags).strip();
    }

    static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"),
            Map.entry("hellip", "…"),
            Map.entry("mdash", "—"),
            Map.entry("ndash", "–"),
            Map.entry("middot", "·"),
            Map.entry("times", "×"),
            Map.entry("copy", "©"));

    static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    /** Decodes named and numeric HTML character references; unknown ones are left as written. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#")) {
                int cp;
                try {
                    cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                            ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = ENTITIES.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
