package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.discord.EmbedSplitter.CodeSegment;
import dev.studybot.discord.EmbedSplitter.Content;
import dev.studybot.discord.EmbedSplitter.Embed;
import dev.studybot.discord.EmbedSplitter.Field;
import dev.studybot.discord.EmbedSplitter.FieldGroup;
import dev.studybot.discord.EmbedSplitter.Page;
import dev.studybot.discord.EmbedSplitter.Prose;
import dev.studybot.discord.EmbedSplitter.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbedSplitterTest {
    private static final Pattern FENCE = Pattern.compile("```");

    private static Content content(List<Segment> segments) {
        return new Content("Title", "初级 › 计算机基础", segments, List.of(), "id 1.2 · footer", 0x5865F2);
    }

    /** Every limit Discord enforces on a message's embeds. */
    static void assertWithinDiscordLimits(List<Page> pages) {
        assertThat(pages).isNotEmpty();
        for (Page page : pages) {
            assertThat(page.embeds()).hasSizeBetween(1, EmbedSplitter.EMBEDS_MAX);
            assertThat(page.length()).isLessThanOrEqualTo(EmbedSplitter.MESSAGE_TEXT_MAX);
            for (Embed embed : page.embeds()) {
                assertThat(length(embed.title())).isLessThanOrEqualTo(EmbedSplitter.TITLE_MAX);
                assertThat(length(embed.author())).isLessThanOrEqualTo(EmbedSplitter.AUTHOR_MAX);
                assertThat(length(embed.description())).isLessThanOrEqualTo(EmbedSplitter.DESCRIPTION_MAX);
                assertThat(length(embed.footer())).isLessThanOrEqualTo(EmbedSplitter.FOOTER_MAX);
                assertThat(embed.fields()).hasSizeLessThanOrEqualTo(EmbedSplitter.FIELDS_MAX);
                for (Field field : embed.fields()) {
                    assertThat(field.name()).isNotEmpty().hasSizeLessThanOrEqualTo(EmbedSplitter.FIELD_NAME_MAX);
                    assertThat(field.value()).isNotEmpty().hasSizeLessThanOrEqualTo(EmbedSplitter.FIELD_VALUE_MAX);
                }
                boolean shows = embed.title() != null
                        || embed.author() != null
                        || embed.description() != null
                        || !embed.fields().isEmpty()
                        || embed.image() != null
                        || embed.footer() != null;
                assertThat(shows).as("an embed shows something").isTrue();
                if (embed.description() != null) {
                    assertThat(count(FENCE, embed.description()) % 2)
                            .as("fences in one description are balanced: %s", embed.description())
                            .isZero();
                }
            }
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static List<Embed> embeds(List<Page> pages) {
        return pages.stream().flatMap(p -> p.embeds().stream()).toList();
    }

    @Test
    @DisplayName("GIVEN a short topic WHEN laid out THEN one embed carries title, breadcrumb, text and footer")
    void shortContentIsOneEmbed() {
        List<Page> pages =
                EmbedSplitter.split(content(List.of(new Prose("**笔记**\nepoll 是什么"), new CodeSegment("go", "x := 1"))));

        assertThat(pages).hasSize(1);
        Embed embed = pages.get(0).embeds().get(0);
        assertThat(pages.get(0).embeds()).hasSize(1);
        assertThat(embed.title()).isEqualTo("Title");
        assertThat(embed.author()).isEqualTo("初级 › 计算机基础");
        assertThat(embed.description()).isEqualTo("**笔记**\nepoll 是什么\n\n```go\nx := 1\n```");
        assertThat(embed.footer()).isEqualTo("id 1.2 · footer");
    }

    @Test
    @DisplayName("GIVEN text longer than a description WHEN laid out THEN it is cut at line breaks over several embeds")
    void longProseIsSplitAtLines() {
        String line = "这是一行很长的笔记，用来把描述撑满。".repeat(5);
        String text = IntStream.range(0, 200).mapToObj(i -> i + " " + line).collect(Collectors.joining("\n"));

        List<Page> pages = EmbedSplitter.split(content(List.of(new Prose(text))));

        assertWithinDiscordLimits(pages);
        assertThat(embeds(pages).size()).isGreaterThan(1);
        String joined = embeds(pages).stream()
                .map(Embed::description)
                .filter(d -> d != null)
                .collect(Collectors.joining("\n"));
        assertThat(joined).isEqualTo(text);
        assertThat(pages.get(0).embeds().get(0).title()).isEqualTo("Title");
        assertThat(embeds(pages).get(embeds(pages).size() - 1).footer()).isEqualTo("id 1.2 · footer");
    }

    @Test
    @DisplayName(
            "GIVEN code longer than a description WHEN laid out THEN every piece is a complete fence and no line is lost")
    void longCodeGetsAFenceForEachPiece() {
        String code = IntStream.range(0, 400)
                .mapToObj(i -> "    fmt.Println(\"line " + i + "\") // 打印第 " + i + " 行")
                .collect(Collectors.joining("\n"));

        List<Page> pages = EmbedSplitter.split(content(List.of(new CodeSegment("go", code))));

        assertWithinDiscordLimits(pages);
        List<String> pieces = embeds(pages).stream()
                .map(Embed::description)
                .filter(d -> d != null)
                .toList();
        assertThat(pieces.size()).isGreaterThan(2);
        StringBuilder rebuilt = new StringBuilder();
        for (String piece : pieces) {
            assertThat(piece).startsWith("```go\n").endsWith("\n```");
            assertThat(count(FENCE, piece)).isEqualTo(2);
            if (rebuilt.length() > 0) {
                rebuilt.append('\n');
            }
            rebuilt.append(piece, 6, piece.length() - 4);
        }
        assertThat(rebuilt.toString()).isEqualTo(code);
    }

    @Test
    @DisplayName("GIVEN one code line longer than a description WHEN laid out THEN it is cut and every piece fenced")
    void hugeSingleLineIsCut() {
        String code = "x".repeat(9000);

        List<Page> pages = EmbedSplitter.split(content(List.of(new CodeSegment("go", code))));

        assertWithinDiscordLimits(pages);
        String rebuilt = embeds(pages).stream()
                .map(Embed::description)
                .filter(d -> d != null)
                .map(d -> d.substring(6, d.length() - 4))
                .collect(Collectors.joining());
        assertThat(rebuilt).isEqualTo(code);
    }

    @Test
    @DisplayName("GIVEN more text than one message holds WHEN laid out THEN it continues on further messages")
    void overSixThousandGoesToAnotherMessage() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            segments.add(new Prose(("第" + i + "段 ").repeat(700)));
        }

        List<Page> pages = EmbedSplitter.split(content(segments));

        assertWithinDiscordLimits(pages);
        assertThat(pages.size()).isGreaterThan(1);
    }

    @Test
    @DisplayName(
            "GIVEN 30 fields and 12 pictures WHEN laid out THEN fields stay 25 to an embed and pictures 10 embeds to a message")
    void fieldsAndImagesRespectCounts() {
        List<Field> fields = IntStream.range(0, 30)
                .mapToObj(i -> new Field("成员 " + i, "得分 " + "9".repeat(i == 3 ? 2000 : 2), true))
                .toList();
        List<String> images =
                IntStream.range(0, 12).mapToObj(i -> "chart-" + i + ".png").toList();
        Content content = new Content("排行榜", null, List.of(new FieldGroup(fields)), images, "footer", 0);

        List<Page> pages = EmbedSplitter.split(content);

        assertWithinDiscordLimits(pages);
        assertThat(embeds(pages).stream().mapToInt(e -> e.fields().size()).sum())
                .isEqualTo(30);
        assertThat(embeds(pages).stream().filter(e -> e.image() != null).map(Embed::image))
                .containsExactlyElementsOf(images);
        assertThat(embeds(pages).stream().flatMap(e -> e.fields().stream()).map(Field::value))
                .anyMatch(v -> v.endsWith("…") && v.length() == EmbedSplitter.FIELD_VALUE_MAX);
        assertThat(pages.get(pages.size() - 1).embeds().stream().filter(e -> e.footer() != null))
                .hasSize(1);
    }

    @Test
    @DisplayName("GIVEN prose after fields WHEN laid out THEN it starts a new embed so reading order is kept")
    void proseAfterFieldsKeepsOrder() {
        List<Page> pages = EmbedSplitter.split(content(
                List.of(new Prose("before"), new FieldGroup(List.of(new Field("a", "1", true))), new Prose("after"))));

        List<Embed> embeds = embeds(pages);
        assertThat(embeds).hasSize(2);
        assertThat(embeds.get(0).description()).isEqualTo("before");
        assertThat(embeds.get(0).fields()).hasSize(1);
        assertThat(embeds.get(1).description()).isEqualTo("after");
    }

    @Test
    @DisplayName("GIVEN nothing at all WHEN laid out THEN one embed still shows something")
    void emptyReplyStillHasAnEmbed() {
        List<Page> pages = EmbedSplitter.split(new Content(null, null, List.of(), List.of(), null, 0));

        assertWithinDiscordLimits(pages);
        assertThat(pages.get(0).embeds().get(0).description()).isEqualTo(EmbedSplitter.BLANK);
    }

    @Test
    @DisplayName("GIVEN escaped text cut near a limit WHEN laid out THEN no piece ends with a lone escaping backslash")
    void escapesAreNeverCut() {
        String escaped = Markdown.escape("a_b*c".repeat(2000));

        for (String piece : EmbedSplitter.splitProse(escaped, 4096)) {
            int slashes = 0;
            for (int i = piece.length() - 1; i >= 0 && piece.charAt(i) == '\\'; i--) {
                slashes++;
            }
            assertThat(slashes % 2).isZero();
            assertThat(piece.length()).isLessThanOrEqualTo(4096);
        }
    }

    @Test
    @DisplayName("GIVEN random mixes of text, code and fields WHEN laid out THEN every Discord limit holds")
    void randomContentStaysWithinLimits() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Segment> segments = new ArrayList<>();
            int parts = 1 + random.nextInt(8);
            for (int i = 0; i < parts; i++) {
                switch (random.nextInt(3)) {
                    case 0 -> segments.add(new Prose(Markdown.escape(randomText(random, random.nextInt(6000)))));
                    case 1 -> segments.add(new CodeSegment("go", randomText(random, random.nextInt(7000))));
                    default ->
                        segments.add(new FieldGroup(IntStream.range(0, random.nextInt(30))
                                .mapToObj(j -> new Field(
                                        randomText(random, random.nextInt(300)),
                                        randomText(random, random.nextInt(1500)),
                                        true))
                                .toList()));
                }
            }
            List<String> images = IntStream.range(0, random.nextInt(4))
                    .mapToObj(i -> "p" + i + ".png")
                    .toList();
            Content content = new Content(
                    randomText(random, random.nextInt(400)),
                    randomText(random, random.nextInt(400)),
                    segments,
                    images,
                    randomText(random, random.nextInt(3000)),
                    0);

            assertWithinDiscordLimits(EmbedSplitter.split(content));
        }
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abc 学习路线\n\n  \\*_`😀";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length() - 2)));
            if (random.nextInt(50) == 0) {
                text.append("😀");
            }
        }
        return text.toString();
    }
}
