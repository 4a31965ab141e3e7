package dev.studybot.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's sentences in Simplified Chinese (the default) and English. Each feature keeps its own
 * bundle, {@code i18n/<feature>.properties} (zh) beside {@code i18n/<feature>_en.properties}, read as
 * UTF-8. Placeholders are {@code {0}}, {@code {1}}, ...; apostrophes need no escaping.
 */
public final class Messages {
    public static final Locale ZH = Locale.forLanguageTag("zh");
    public static final Locale EN = Locale.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final Map<String, String> zh = new HashMap<>();
    private final Map<String, String> en = new HashMap<>();

    /** @param bundles base names such as {@code i18n/core}; each must exist in both languages */
    public Messages(List<String> bundles) {
        for (String bundle : bundles) {
            zh.putAll(load(bundle + ".properties"));
            en.putAll(load(bundle + "_en.properties"));
        }
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The supported locale closest to the one asked for: English for any {@code en-*}, else Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? EN : ZH;
    }

    /** True when a tag names a language the bot speaks ({@code zh}, {@code en}, {@code zh-CN}, ...). */
    public static boolean speaks(Locale requested) {
        return requested != null && ("en".equals(requested.getLanguage()) || "zh".equals(requested.getLanguage()));
    }

    /** The sentence for {@code key} in the locale, placeholders filled; the key itself if unknown. */
    public String get(Locale locale, String key, Object... args) {
        Map<String, String> table = supported(locale) == EN ? en : zh;
        String pattern = table.get(key);
        if (pattern == null) {
            pattern = zh.get(key);
        }
        if (pattern == null) {
            log.warn("no message for key {}", key);
            return key;
        }
        return fill(pattern, args);
    }

    static String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1) {
                    String number = pattern.substring(i + 1, close);
                    if (number.chars().allMatch(Character::isDigit) && number.length() <= 2) {
                        int index = Integer.parseInt(number);
                        if (index < args.length) {
                            out.append(args[index]);
                            i = close;
                            continue;
                        }
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Every key of a language, for tests that keep the bundles in step. */
    public Set<String> keys(Locale locale) {
        return Collections.unmodifiableSet(new LinkedHashSet<>((supported(locale) == EN ? en : zh).keySet()));
    }
}
