package dev.studybot.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.TestRoadmaps;
import dev.studybot.roadmap.Topic;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled fonts draw the roadmap. When a test here fails after the roadmap or the message
 * bundles changed, rerun {@code FontSubsetTool} (its comment says how) and commit its output.
 */
@DisplayName("The bundled fonts draw the roadmap's Chinese")
class BundledFontTest {
    private static final String RERUN = "; rerun dev.studybot.render.tools.FontSubsetTool (see its comment)";

    @Test
    @DisplayName("the fonts, their licence and notice are bundled, together well under 2 MB")
    void bundled() throws IOException {
        long total = 0;
        for (String resource : List.of(Fonts.CJK, Fonts.LATIN_REGULAR, Fonts.LATIN_BOLD)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                total += in.readAllBytes().length;
            }
        }
        assertThat(total).isBetween(500_000L, 1_200_000L);
        assertThat(getClass().getClassLoader().getResource("fonts/LICENSE-Apache-2.0.txt"))
                .isNotNull();
        assertThat(getClass().getClassLoader().getResource("fonts/README.md")).isNotNull();
        assertThat(Fonts.get().cjk().getFamily(java.util.Locale.ROOT)).isEqualTo("Droid Sans Fallback");
        assertThat(Fonts.get().latin().getFamily(java.util.Locale.ROOT)).isEqualTo("Roboto");
    }

    @Test
    @DisplayName("the Chinese font alone draws every Chinese character of every roadmap title")
    void titlesDrawWithTheBundledChineseFont() {
        Font cjk = Fonts.get().cjk();
        List<String> failures = new ArrayList<>();
        for (Topic topic : TestRoadmaps.go().topics()) {
            String han = topic.title()
                    .codePoints()
                    .filter(BundledFontTest::isHan)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
            if (cjk.canDisplayUpTo(han) != -1) {
                failures.add(topic.id() + " " + topic.title());
            }
        }
        assertThat(failures)
                .as("titles with a Chinese character the bundled font lacks" + RERUN)
                .isEmpty();
    }

    @Test
    @DisplayName("every character of every roadmap title is in a bundled font: no system font needed")
    void titlesNeedNoSystemFont() {
        Fonts fonts = Fonts.get();
        Set<String> missing = new TreeSet<>();
        for (Topic topic : TestRoadmaps.go().topics()) {
            String title = Text.clean(topic.title());
            title.codePoints()
                    .filter(cp -> cp != ' ' && !fonts.bundled(cp))
                    .forEach(cp -> missing.add(String.format("U+%04X in %s", cp, topic.title())));
        }
        assertThat(missing)
                .as("characters of titles in neither bundled font" + RERUN)
                .isEmpty();
    }

    @Test
    @DisplayName("every Chinese character of the message bundles is in the bundled Chinese font")
    void messageBundles() throws IOException {
        Font cjk = Fonts.get().cjk();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.toList()) {
                Files.readString(file, StandardCharsets.UTF_8)
                        .codePoints()
                        .filter(cp -> isHan(cp) && !cjk.canDisplay(cp))
                        .forEach(cp -> missing.add(new String(Character.toChars(cp)) + " in " + file.getFileName()));
            }
        }
        assertThat(missing)
                .as("message characters the bundled font lacks" + RERUN)
                .isEmpty();
    }

    @Test
    @DisplayName("Chinese text is drawn as glyphs: each character has ink, and no two look alike (no boxes)")
    void glyphsAreDrawn() {
        String sample = "冯诺伊曼体系计算机网络操作统数据结构与法并发编程分布式锁缓存淘汰王李张刘陈";
        assertThat(Fonts.get().cjk().canDisplayUpTo(sample)).isEqualTo(-1);

        assertThat(sample.chars().distinct().count()).isEqualTo(sample.length());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sample.length(); i++) {
            int[] pixels = draw(sample.substring(i, i + 1));
            long ink = Arrays.stream(pixels).filter(p -> (p & 0xFF) > 64).count();
            assertThat(ink).as("ink of " + sample.charAt(i)).isGreaterThan(40);
            assertThat(seen.add(Arrays.toString(pixels)))
                    .as(sample.charAt(i) + " looks like another character")
                    .isTrue();
        }
        int[] box = draw("\uDB80\uDC00"); // a private-use character: the empty box
        assertThat(seen).doesNotContain(Arrays.toString(box));
    }

    @Test
    @DisplayName("the 3,755 level-1 characters of GB2312 are bundled, so most Chinese names draw")
    void commonCharacters() {
        Font cjk = Fonts.get().cjk();
        List<String> missing = new ArrayList<>();
        java.nio.charset.Charset gb2312 = java.nio.charset.Charset.forName("GB2312");
        int count = 0;
        for (int lead = 0xB0; lead <= 0xD7; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                if (lead == 0xD7 && trail > 0xF9) {
                    continue;
                }
                String c = new String(new byte[] {(byte) lead, (byte) trail}, gb2312);
                count++;
                if (!cjk.canDisplay(c.codePointAt(0))) {
                    missing.add(c);
                }
            }
        }
        assertThat(count).isEqualTo(3755);
        assertThat(missing).isEmpty();
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
    }

    /** One character drawn white on black with the picture's text code, as grey levels. */
    private static int[] draw(String text) {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Text.draw(g, text, Style.TITLE, Color.WHITE, 4, 38);
        g.dispose();
        return image.getRGB(0, 0, 48, 48, null, 0, 48);
    }
}
