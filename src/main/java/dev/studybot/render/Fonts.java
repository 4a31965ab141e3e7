package dev.studybot.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts pictures draw with: the bundled Roboto (Latin) and Droid Sans Fallback (Chinese) first,
 * then, for a character neither has, a system font that has it. Loaded once; thread-safe.
 */
final class Fonts {
    static final String LATIN_REGULAR = "fonts/Roboto-Regular-subset.ttf";
    static final String LATIN_BOLD = "fonts/Roboto-Bold-subset.ttf";
    static final String CJK = "fonts/DroidSansFallback-subset.ttf";

    /** Code points remembered with their system font; odd input past this is looked up each time. */
    private static final int MAX_REMEMBERED = 8192;

    private static final Logger log = LoggerFactory.getLogger(Fonts.class);

    private final Font latinRegular;
    private final Font latinBold;
    private final Font cjk;
    private final Map<Style, Font[]> chains = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<Font>> systemByCodePoint = new ConcurrentHashMap<>();
    private final Map<String, Font> derived = new ConcurrentHashMap<>();
    private volatile List<Font> systemFonts;

    private Fonts() {
        latinRegular = load(LATIN_REGULAR);
        latinBold = load(LATIN_BOLD);
        cjk = load(CJK);
    }

    /** The one instance, loaded on first use. */
    static Fonts get() {
        return Holder.INSTANCE;
    }

    /** The bundled Chinese font at size 1, or a logical font if the bundle could not be read. */
    Font cjk() {
        return cjk;
    }

    /** The bundled Latin font at size 1. */
    Font latin() {
        return latinRegular;
    }

    /** Whether a bundled font draws the code point (no system font needed). */
    boolean bundled(int codePoint) {
        return latinRegular.canDisplay(codePoint) || cjk.canDisplay(codePoint);
    }

    /** The bundled fonts, in the order they are tried, at the style's size and weight. */
    Font[] chain(Style style) {
        return chains.computeIfAbsent(style, s -> {
            Font latin = (s.bold() ? latinBold : latinRegular).deriveFont(Font.PLAIN, s.size());
            Font chinese = cjk.deriveFont(s.bold() ? Font.BOLD : Font.PLAIN, s.size());
            return new Font[] {latin, chinese};
        });
    }

    /** A system font that draws the code point at the style, or empty when none does. */
    Optional<Font> system(int codePoint, Style style) {
        Optional<Font> base = systemByCodePoint.get(codePoint);
        if (base == null) {
            base = findSystem(codePoint);
            if (systemByCodePoint.size() < MAX_REMEMBERED) {
                systemByCodePoint.put(codePoint, base);
            }
        }
        return base.map(font -> derived.computeIfAbsent(
                font.getFontName(Locale.ROOT) + '/' + style,
                k -> font.deriveFont(style.bold() ? Font.BOLD : Font.PLAIN, style.size())));
    }

    private Optional<Font> findSystem(int codePoint) {
        for (Font font : systemFonts()) {
            try {
                if (font.canDisplay(codePoint)) {
                    return Optional.of(font);
                }
            } catch (RuntimeException broken) {
                // a broken system font is skipped, not fatal
            }
        }
        return Optional.empty();
    }

    /**
     * The logical sans-serif font (which itself falls back through the system's fonts), then every
     * installed font by name. Colour emoji fonts are left out: Java draws them blank.
     */
    private List<Font> systemFonts() {
        List<Font> fonts = systemFonts;
        if (fonts == null) {
            synchronized (this) {
                fonts = systemFonts;
                if (fonts == null) {
                    fonts = listSystemFonts();
                    systemFonts = fonts;
                }
            }
        }
        return fonts;
    }

    private static List<Font> listSystemFonts() {
        List<Font> fonts = new ArrayList<>();
        try {
            fonts.add(new Font(Font.SANS_SERIF, Font.PLAIN, 1));
            List<Font> installed = new ArrayList<>(
                    List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()));
            installed.removeIf(
                    f -> f.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("emoji"));
            installed.sort(Comparator.comparing(f -> f.getFontName(Locale.ROOT)));
            fonts.addAll(installed);
        } catch (RuntimeException | LinkageError | InternalError noFonts) {
            // a JRE without fontconfig or fonts: the bundled fonts and the empty box must do
            log.warn(
                    "No system fonts to fall back on; characters outside the bundled fonts draw as boxes: {}",
                    noFonts.toString());
        }
        return List.copyOf(fonts);
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | RuntimeException e) {
            log.error("Could not load the bundled font {}; drawing with the system's sans-serif font", resource, e);
            return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        }
    }

    private static final class Holder {
        static final Fonts INSTANCE = new Fonts();
    }
}
