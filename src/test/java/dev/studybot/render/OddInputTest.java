package dev.studybot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odd input draws something sensible and never throws")
class OddInputTest {
    private static final String EMOJI = "Ana 👩‍💻🔥🇨🇳 ✅";
    private static final String RTL = "مرحبا بالعالم שלום";
    private static final String LONG = "很长的名字Long".repeat(72); // 504 characters
    private static final String CONTROL = "a\u202Eb\u0000c\n\td\uD800e\uE000\uFEFF 𠀋 한국어";
    private static final List<String> ODD = List.of(EMOJI, RTL, LONG, CONTROL, "", " ", "\n\n", "…", "x");

    @Test
    @DisplayName("emoji, right-to-left, 500-character, control and empty text in every field of every card")
    void oddText() {
        Pictures pictures = new Pictures();
        for (String text : ODD) {
            List<LeaderboardRow> rows =
                    List.of(new LeaderboardRow(1, text, 10, 1, 1, false), new LeaderboardRow(2, text, 9, 1, 0, true));
            LeaderboardCard.Labels words = new LeaderboardCard.Labels(text, text, text, text, text, text, text, text);
            assertPicture(pictures.leaderboard(new LeaderboardCard(text, text, rows, rows.get(1), text, words)));
            assertPicture(pictures.leaderboard(new LeaderboardCard(text, text, List.of(), null, text, words)));

            ProgressCard.Labels progressWords = new ProgressCard.Labels(text, text, text, text, text);
            List<ProgressRow> progressRows = List.of(
                    ProgressRow.level(text, 1, 1, 3, OptionalDouble.of(0.5)),
                    ProgressRow.section(text, 0, 0, 0, OptionalDouble.empty()));
            assertPicture(pictures.progress(
                    new ProgressCard(text, text, progressRows, List.of(text, text, text, text), text, progressWords)));

            CoverageMap.Labels mapWords = new CoverageMap.Labels(text, text, text, text, text, text, text);
            CoverageCell cell = new CoverageCell(text, 0.5, OptionalDouble.of(0.5), true, true);
            assertPicture(pictures.coverage(new CoverageMap(
                    text, text, List.of(new CoverageLevel(text, List.of(cell, cell))), text, mapWords)));
        }
    }

    @Test
    @DisplayName("NaN, infinite, negative and out-of-range numbers are clamped or treated as absent")
    void oddNumbers() {
        ProgressRow row = ProgressRow.section("x", -3, -1, -9, OptionalDouble.of(Double.NaN));
        assertThat(row.done()).isZero();
        assertThat(row.total()).isZero();
        assertThat(row.mastery()).isEmpty();
        assertThat(row.doneShare()).isZero();
        ProgressRow over = ProgressRow.level("x", 9, 9, 3, OptionalDouble.of(7));
        assertThat(over.doneShare()).isEqualTo(1);
        assertThat(over.learningShare()).isZero();
        assertThat(over.mastery()).hasValue(1);

        CoverageCell cell = new CoverageCell("x", Double.NaN, OptionalDouble.of(Double.NEGATIVE_INFINITY), true, false);
        assertThat(cell.doneShare()).isZero();
        assertThat(cell.mastery()).hasValue(0);
        assertThat(new CoverageCell("x", Double.POSITIVE_INFINITY, null, false, false).doneShare())
                .isEqualTo(1);

        Pictures pictures = new Pictures();
        assertPicture(pictures.progress(new ProgressCard("x", "", List.of(row, over), List.of(), "", null)));
        assertPicture(
                pictures.coverage(new CoverageMap("x", "", List.of(new CoverageLevel("l", List.of(cell))), "", null)));
        assertPicture(pictures.leaderboard(new LeaderboardCard(
                "x",
                "",
                List.of(
                        new LeaderboardRow(
                                Integer.MIN_VALUE, "a", Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, true),
                        new LeaderboardRow(-1, "b", Long.MIN_VALUE, -1, -1, false)),
                null,
                "",
                null)));
    }

    @Test
    @DisplayName("null text, lists, list entries and labels become empty or the Chinese defaults")
    void nulls() {
        List<ProgressRow> rows = new ArrayList<>(Arrays.asList(null, new ProgressRow(null, null, 1, 1, 2, null)));
        ProgressCard card = new ProgressCard(null, null, rows, null, null, null);
        assertThat(card.rows()).hasSize(1);
        assertThat(card.labels()).isEqualTo(ProgressCard.Labels.ZH);
        assertThat(card.rows().get(0).kind()).isEqualTo(ProgressRow.Kind.SECTION);

        Pictures pictures = new Pictures();
        assertPicture(pictures.progress(card));
        assertPicture(pictures.progress(new ProgressCard(null, null, null, null, null, null)));
        assertPicture(pictures.coverage(new CoverageMap(null, null, null, null, null)));
        assertPicture(pictures.coverage(
                new CoverageMap(null, null, Arrays.asList(null, new CoverageLevel(null, null)), null, null)));
        assertPicture(pictures.leaderboard(new LeaderboardCard(null, null, null, null, null, null)));
        assertPicture(pictures.leaderboard(
                new LeaderboardCard(null, null, null, new LeaderboardRow(4, null, 1, 1, 1, false), null, null)));
        assertPicture(pictures.progress(card, null));
    }

    @Test
    @DisplayName("text is cleaned: controls and bidi overrides dropped, whitespace folded, length capped")
    void cleaning() {
        assertThat(Text.clean(null)).isEmpty();
        assertThat(Text.clean("  a \n\t b  ")).isEqualTo("a b");
        assertThat(Text.clean("a\u202Eb\u200Dc\uFE0Fd\u0000e")).isEqualTo("abcd e");
        assertThat(Text.clean(LONG).codePointCount(0, Text.clean(LONG).length()))
                .isEqualTo(Text.MAX_CODE_POINTS);
        assertThat(Text.clean("👍🏽")).isEqualTo("👍");
    }

    @Test
    @DisplayName("text too wide is cut with an ellipsis to fit; text that fits is kept")
    void fitting() {
        String fitted = Text.fit(LONG, Style.BODY, 300);
        assertThat(fitted).endsWith(Text.ELLIPSIS);
        assertThat(Text.width(fitted, Style.BODY)).isLessThanOrEqualTo(300);
        assertThat(Text.width(fitted, Style.BODY)).isGreaterThan(250);
        assertThat(Text.fit("计算机基础", Style.BODY, 300)).isEqualTo("计算机基础");
        assertThat(Text.fit("计算机基础", Style.BODY, 1)).isEmpty();
        assertThat(Text.fit(EMOJI, Style.BODY, 300)).startsWith("Ana");
        assertThat(Text.width(RTL, Style.BODY)).isPositive();
    }

    @Test
    @DisplayName("counts fit narrow columns; percents round; +N more fills its pattern")
    void values() {
        assertThat(Values.number(999_999)).isEqualTo("999,999");
        assertThat(Values.number(1_250_000)).isEqualTo("1.2M");
        assertThat(Values.number(35_000_000)).isEqualTo("35M");
        assertThat(Values.number(Long.MAX_VALUE)).isEqualTo("9.2E");
        assertThat(Values.percent(0.456)).isEqualTo("46%");
        assertThat(Values.percent(Double.NaN)).isEqualTo("0%");
        assertThat(Values.more("还有 {0} 项", 7)).isEqualTo("还有 7 项");
        assertThat(Values.more("more", 7)).isEqualTo("+7 more");
    }

    private static void assertPicture(byte[] png) {
        assertThatCode(() -> {
                    Decoded picture = Decoded.of(png);
                    assertThat(picture.width()).isEqualTo(Pictures.WIDTH);
                    assertThat(picture.height()).isBetween(2 * Canvas.PAD, Pictures.MAX_HEIGHT);
                })
                .doesNotThrowAnyException();
    }
}
