package dev.studybot.render.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Writes the bundled fonts: a subset of Droid Sans Fallback (Apache 2.0) for Chinese and a subset of
 * Roboto Regular and Bold (Apache 2.0) for Latin script, which Droid Sans Fallback does not carry
 * (on Android it backs up Roboto). It is a tool, not a test; its output is committed and the build
 * never runs it.
 *
 * <p>Droid Sans Fallback keeps: CJK symbols and punctuation, full-width forms, every non-hanzi row of
 * GB2312 (symbols, kana, Greek, Cyrillic, pinyin, box drawing), the 3,755 level-1 hanzi of GB2312
 * (bytes 0xB0A1..0xD7F9, the most common characters, so member names usually draw), and every
 * character of {@code roadmap/*.txt}, {@code roadmap/quiz/*.yaml} and {@code
 * src/main/resources/i18n/*.properties}. Roboto keeps printable ASCII, Latin-1, Latin Extended A and
 * B and Additional, Greek, Cyrillic, general punctuation, superscripts and subscripts, currency and
 * letter-like symbols, arrows and geometric shapes (those of them it has).
 *
 * <p>Rerun it from the repository root after the roadmap, the question bank or the message bundles
 * gain characters ({@code BundledFontTest} says when):
 *
 * <pre>
 * apt-get install -y fonts-droid-fallback fonts-roboto-unhinted
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   "-Dexec.args=-cp %classpath dev.studybot.render.tools.FontSubsetTool"
 * </pre>
 *
 * Arguments, all optional: the Droid Sans Fallback file, the Roboto directory, the output directory
 * (defaults: the Debian paths and {@code src/main/resources/fonts}).
 */
public final class FontSubsetTool {
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final String DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    private static final String ROBOTO = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF";
    private static final String OUT = "src/main/resources/fonts";

    /**
     * The tables to write. Without a list the subsetter copies every other table verbatim, and the
     * glyph-indexed ones (GSUB, GPOS, GDEF, vmtx) would then point at the wrong glyphs.
     */
    private static final List<String> TABLES = List.of(
            "head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca", "hmtx", "name", "post", "cvt ", "fpgm", "prep",
            "gasp");

    private FontSubsetTool() {}

    public static void main(String[] args) throws IOException {
        Path droid = Path.of(args.length > 0 ? args[0] : DROID);
        Path roboto = Path.of(args.length > 1 ? args[1] : ROBOTO);
        Path out = Path.of(args.length > 2 ? args[2] : OUT);
        Files.createDirectories(out);

        Set<Integer> latin = latinCodePoints();
        Set<Integer> keptLatin =
                subset(roboto.resolve("Roboto-Regular.ttf"), latin, out.resolve("Roboto-Regular-subset.ttf"));
        subset(roboto.resolve("Roboto-Bold.ttf"), latin, out.resolve("Roboto-Bold-subset.ttf"));

        Set<Integer> cjk = wantedCodePoints(Path.of("."));
        cjk.removeAll(keptLatin);
        cjk.add(0x20); // a run of Chinese keeps its spaces in one font
        Set<Integer> keptCjk = subset(droid, cjk, out.resolve("DroidSansFallback-subset.ttf"));

        List<Integer> missing = new ArrayList<>();
        for (int cp : wantedCodePoints(Path.of("."))) {
            if (!keptLatin.contains(cp) && !keptCjk.contains(cp) && !Character.isWhitespace(cp)) {
                missing.add(cp);
            }
        }
        StringBuilder sample = new StringBuilder();
        missing.forEach(cp -> sample.append(String.format("U+%04X ", cp)));
        System.out.println(missing.size()
                + " wanted characters are in neither font (a system font or a box draws them): " + sample);
    }

    private static Set<Integer> subset(Path source, Set<Integer> wanted, Path target) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(source))) {
            Set<Integer> kept = new TreeSet<>();
            for (int cp : wanted) {
                if (font.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
                    kept.add(cp);
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(kept);
            try (OutputStream stream = Files.newOutputStream(target)) {
                subsetter.writeToStream(stream);
            }
            System.out.printf(
                    "%s: wanted %d characters, kept %d, wrote %d bytes to %s%n",
                    source.getFileName(), wanted.size(), kept.size(), Files.size(target), target);
            return kept;
        }
    }

    /** What the Latin font should hold: scripts and symbols that member names and numbers use. */
    static Set<Integer> latinCodePoints() {
        Set<Integer> wanted = new TreeSet<>();
        range(wanted, 0x20, 0x7E); // printable ASCII
        range(wanted, 0xA0, 0x24F); // Latin-1, Latin Extended A and B
        range(wanted, 0x300, 0x36F); // combining diacritics
        range(wanted, 0x370, 0x52F); // Greek, Cyrillic
        range(wanted, 0x1E00, 0x1EFF); // Latin Extended Additional (Vietnamese)
        range(wanted, 0x2000, 0x206F); // general punctuation: dashes, quotes, ellipsis, ‹ ›
        range(wanted, 0x2070, 0x209F); // superscripts and subscripts
        range(wanted, 0x20A0, 0x20CF); // currency
        range(wanted, 0x2100, 0x214F); // letter-like symbols
        range(wanted, 0x2190, 0x21FF); // arrows
        range(wanted, 0x2200, 0x22FF); // mathematical operators
        range(wanted, 0x25A0, 0x25FF); // geometric shapes (the replacement box)
        range(wanted, 0x2600, 0x26FF); // miscellaneous symbols (stars)
        wanted.add(0xFFFD);
        return wanted;
    }

    /** Every code point the bundled fonts should hold together, given the repository root. */
    public static Set<Integer> wantedCodePoints(Path repositoryRoot) throws IOException {
        Set<Integer> wanted = new TreeSet<>();
        range(wanted, 0x20, 0x7E); // printable ASCII
        range(wanted, 0xA0, 0xFF); // Latin-1
        range(wanted, 0x2000, 0x206F); // general punctuation: dashes, quotes, ellipsis, ‹ ›
        range(wanted, 0x2190, 0x2193); // arrows
        range(wanted, 0x25A0, 0x25CF); // squares, triangles, circles (the replacement box)
        range(wanted, 0x2605, 0x2606); // stars
        range(wanted, 0x3000, 0x303F); // CJK symbols and punctuation
        range(wanted, 0xFF00, 0xFFEF); // full-width and half-width forms
        wanted.add(0xFFFD);
        wanted.addAll(gb2312(0xA1, 0xA9)); // symbols, kana, Greek, Cyrillic, pinyin, box drawing
        wanted.addAll(gb2312(0xB0, 0xD7)); // level-1 hanzi, 3,755 characters
        for (Path file : files(repositoryRoot.resolve("roadmap"), ".txt")) {
            addText(wanted, Files.readString(file, StandardCharsets.UTF_8));
        }
        for (Path file : files(repositoryRoot.resolve("roadmap/quiz"), ".yaml")) {
            addText(wanted, Files.readString(file, StandardCharsets.UTF_8));
        }
        for (Path file : files(repositoryRoot.resolve("src/main/resources/i18n"), ".properties")) {
            addText(wanted, unescape(Files.readString(file, StandardCharsets.UTF_8)));
        }
        wanted.removeIf(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE);
        return wanted;
    }

    /** The characters of GB2312 rows {@code firstRow..lastRow} (lead bytes), each 0xA1..0xFE. */
    static Set<Integer> gb2312(int firstRow, int lastRow) {
        Charset gb2312 = Charset.forName("GB2312");
        CharsetDecoder decoder = gb2312.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Set<Integer> out = new TreeSet<>();
        for (int lead = firstRow; lead <= lastRow; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                try {
                    String s = decoder.decode(java.nio.ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}))
                            .toString();
                    s.codePoints().forEach(out::add);
                } catch (java.nio.charset.CharacterCodingException unassigned) {
                    // holes in the table (0xD7FA..0xD7FE, unused symbol cells) are skipped
                }
            }
        }
        return out;
    }

    private static void range(Set<Integer> set, int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            set.add(cp);
        }
    }

    private static void addText(Set<Integer> set, String text) {
        text.codePoints().forEach(set::add);
    }

    private static String unescape(String properties) {
        Matcher m = UNICODE_ESCAPE.matcher(properties);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
