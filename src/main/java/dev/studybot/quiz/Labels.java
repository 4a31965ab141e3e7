package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the generator compares topic titles as option labels and masks a title in a description. */
final class Labels {
    static final String MASK = "____";
    private static final String PLACEHOLDER = "\u0000";
    private static final Pattern MASKED_IDENTIFIER =
            Pattern.compile("(?:[\\p{IsLatin}\\p{N}]+_)*\u0000+(?:_[\\p{IsLatin}\\p{N}]+)*");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{3,}");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}+#]+");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{N}]");

    private Labels() {}

    /** Two labels clash when one equals the other ignoring case or contains it. */
    static boolean clash(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return x.equals(y) || x.contains(y) || y.contains(x);
    }

    /** Could a topic titled {@code y} be taken for one titled {@code x} (both normalized)? */
    static boolean ambiguous(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        return shorter.codePointCount(0, shorter.length()) >= 2 && (x.contains(y) || y.contains(x));
    }

    /** Lower case, trimmed, inner white space as one space; without regular expressions, as it runs often. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The text with the title masked: the whole title, its Latin words (two letters or more, as
     * words), its runs of three or more Chinese characters, and such a run without its last character
     * when it has four or more; an identifier joined to a masked word by underscores goes with it.
     */
    static String mask(String text, String title) {
        List<String> words = new ArrayList<>();
        words.add(title.strip());
        Matcher han = HAN_RUN.matcher(title);
        while (han.find()) {
            words.add(han.group());
            if (han.group().length() >= 4) {
                // 数据链路层 is also written 数据链路
                words.add(han.group().substring(0, han.group().length() - 1));
            }
        }
        Matcher latin = LATIN_WORD.matcher(title);
        while (latin.find()) {
            words.add(latin.group());
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        String masked = text;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String pattern = Pattern.quote(word);
            if (LATIN_WORD.matcher(word).matches()) {
                pattern = "(?<![\\p{IsLatin}\\p{N}])" + pattern + "(?![\\p{IsLatin}\\p{N}])";
            }
            masked = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(masked)
                    .replaceAll(PLACEHOLDER);
        }
        if (!masked.contains(PLACEHOLDER)) {
            return masked;
        }
        // an identifier built on the title (epoll_wait) gives it away as much as the title does
        return MASKED_IDENTIFIER.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
    }

    static int letters(String text) {
        int count = 0;
        Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    static String cut(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end) + "…";
    }
}
