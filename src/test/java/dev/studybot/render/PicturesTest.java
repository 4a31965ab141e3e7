package dev.studybot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Pictures are 800-pixel PNG cards with what the feature asked for")
class PicturesTest {
    /** Highlight column: inside the highlighted row, left of the rank circle. */
    private static final int HIGHLIGHT_X = Canvas.PAD + 2;

    private static final int ROW_PITCH = 54;

    @ParameterizedTest
    @EnumSource(Theme.class)
    @DisplayName("the progress card of the Go roadmap (18 rows) is 800 wide, fits the cap, and is not blank")
    void progressCard(Theme theme) {
        // GIVEN the card the feature builds: 4 levels, 14 must-know sections, 3 next topics
        ProgressCard card = Samples.progress(7);
        assertThat(card.rows()).hasSize(18);

        // WHEN it is drawn
        Decoded picture = Decoded.of(new Pictures(theme).progress(card));

        // THEN it has the chat width, a height for 18 rows, text and bars in several colours
        assertThat(picture.width()).isEqualTo(800);
        assertThat(picture.height()).isBetween(18 * 38, Pictures.MAX_HEIGHT);
        assertThat(picture.distinctColours()).isGreaterThan(100);
        assertThat(picture.inkShare(theme.palette().background())).isGreaterThan(0.05);
        assertThat(picture.contains(theme.palette().done())).as("done bars").isTrue();
        assertThat(picture.contains(theme.palette().learning()))
                .as("learning bars")
                .isTrue();
        assertThat(picture.rgb(400, 1))
                .as("opaque card edge")
                .isEqualTo(theme.palette().border().getRGB() & 0xFFFFFF);
    }

    @Test
    @DisplayName("a progress card with 200 rows is cut after 30 rows with +N more, as tall as one with 31")
    void progressCapped() {
        Pictures pictures = new Pictures();
        Decoded huge = Decoded.of(pictures.progress(progressWithRows(200)));
        Decoded justOver = Decoded.of(pictures.progress(progressWithRows(ProgressPainter.MAX_ROWS + 1)));
        Decoded atCap = Decoded.of(pictures.progress(progressWithRows(ProgressPainter.MAX_ROWS)));

        assertThat(huge.height()).isLessThanOrEqualTo(Pictures.MAX_HEIGHT).isEqualTo(justOver.height());
        assertThat(justOver.height()).as("the +N more line").isGreaterThan(atCap.height());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    @DisplayName("the coverage map outlines blind spots in the warning colour and colours cells by coverage")
    void coverageMap(Theme theme) {
        CoverageMap map = Samples.coverage(7, 1);
        assertThat(map.levels().stream().flatMap(l -> l.cells().stream()).anyMatch(CoverageCell::blindSpot))
                .isTrue();

        Decoded picture = Decoded.of(new Pictures(theme).coverage(map));

        assertThat(picture.width()).isEqualTo(800);
        assertThat(picture.height()).isBetween(400, Pictures.MAX_HEIGHT);
        assertThat(picture.distinctColours()).isGreaterThan(100);
        assertThat(picture.contains(theme.palette().warn()))
                .as("blind-spot outline")
                .isTrue();
        for (int step = 0; step < 5; step++) {
            assertThat(picture.contains(theme.palette().coverage().get(step)))
                    .as("legend step " + step)
                    .isTrue();
        }
    }

    @Test
    @DisplayName("a coverage map of every topic of the roadmap stays under the height cap")
    void coverageCapped() {
        Decoded deep = Decoded.of(new Pictures().coverage(Samples.coverage(7, 9)));
        Decoded shallow = Decoded.of(new Pictures().coverage(Samples.coverage(7, 1)));

        assertThat(deep.height()).isLessThanOrEqualTo(Pictures.MAX_HEIGHT).isGreaterThan(shallow.height());
    }

    @Test
    @DisplayName("blind spots come first in their level, otherwise the order given")
    void blindSpotsFirst() {
        CoverageCell a = new CoverageCell("a", 0.5, OptionalDouble.empty(), false, false);
        CoverageCell b = new CoverageCell("b", 0.0, OptionalDouble.empty(), true, true);
        CoverageCell c = new CoverageCell("c", 0.9, OptionalDouble.empty(), false, false);
        CoverageCell d = new CoverageCell("d", 0.1, OptionalDouble.empty(), true, true);

        assertThat(CoveragePainter.blindSpotsFirst(List.of(a, b, c, d))).containsExactly(b, d, a, c);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    @DisplayName("the caller's row in the top ten is highlighted in its own row band")
    void leaderboardHighlightsCaller(Theme theme) {
        Pictures pictures = new Pictures(theme);
        Decoded first = Decoded.of(pictures.leaderboard(Samples.leaderboard(1, 12)));
        Decoded third = Decoded.of(pictures.leaderboard(Samples.leaderboard(3, 12)));

        List<int[]> firstBands = first.bands(theme.palette().highlight(), HIGHLIGHT_X);
        List<int[]> thirdBands = third.bands(theme.palette().highlight(), HIGHLIGHT_X);
        assertThat(firstBands).hasSize(1);
        assertThat(thirdBands).hasSize(1);
        assertThat(thirdBands.get(0)[1]).as("band height").isBetween(44, 52);
        assertThat(thirdBands.get(0)[0] - firstBands.get(0)[0])
                .as("two rows lower")
                .isEqualTo(2 * ROW_PITCH);
        assertThat(third.width()).isEqualTo(800);
        assertThat(third.distinctColours()).isGreaterThan(100);
    }

    @Test
    @DisplayName("a caller outside the top ten is drawn below a separator, under the tenth row")
    void leaderboardCallerOutsideTop() {
        Pictures pictures = new Pictures();
        Decoded first = Decoded.of(pictures.leaderboard(Samples.leaderboard(1, 16)));
        Decoded outside = Decoded.of(pictures.leaderboard(Samples.leaderboard(14, 16)));
        Decoded nobody = Decoded.of(pictures.leaderboard(Samples.leaderboard(0, 16)));

        List<int[]> bands = outside.bands(Theme.DEFAULT.palette().highlight(), HIGHLIGHT_X);
        assertThat(bands).hasSize(1);
        int firstTop =
                first.bands(Theme.DEFAULT.palette().highlight(), HIGHLIGHT_X).get(0)[0];
        assertThat(bands.get(0)[0]).isGreaterThan(firstTop + 10 * ROW_PITCH);
        assertThat(outside.height()).isGreaterThan(nobody.height());
        assertThat(nobody.bands(Theme.DEFAULT.palette().highlight(), HIGHLIGHT_X))
                .isEmpty();
    }

    @Test
    @DisplayName("a leaderboard of 100 members shows ten rows and +N more, as tall as one of 11")
    void leaderboardCapped() {
        Pictures pictures = new Pictures();
        Decoded hundred = Decoded.of(pictures.leaderboard(Samples.leaderboard(0, 100)));
        Decoded eleven = Decoded.of(pictures.leaderboard(Samples.leaderboard(0, 11)));
        Decoded ten = Decoded.of(pictures.leaderboard(Samples.leaderboard(0, 10)));

        assertThat(hundred.height()).isEqualTo(eleven.height()).isGreaterThan(ten.height());
        assertThat(hundred.height()).isLessThan(Pictures.MAX_HEIGHT);
    }

    @Test
    @DisplayName("the top three ranks get gold, silver and bronze")
    void medals() {
        Decoded picture = Decoded.of(new Pictures().leaderboard(Samples.leaderboard(5, 12)));
        assertThat(picture.contains(new java.awt.Color(0xE3B341))).isTrue();
        assertThat(picture.contains(new java.awt.Color(0xB1BAC4))).isTrue();
        assertThat(picture.contains(new java.awt.Color(0xC98A56))).isTrue();
    }

    @Test
    @DisplayName("pictures drawn on eight threads at once are the same bytes as drawn alone")
    void threadSafe() throws Exception {
        Pictures pictures = new Pictures();
        ProgressCard progress = Samples.progress(3);
        LeaderboardCard leaderboard = Samples.leaderboard(14, 16);
        CoverageMap coverage = Samples.coverage(3, 1);
        byte[] p = pictures.progress(progress);
        byte[] l = pictures.leaderboard(leaderboard);
        byte[] c = pictures.coverage(coverage);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int kind = i % 3;
                results.add(pool.submit(() -> switch (kind) {
                    case 0 -> java.util.Arrays.equals(p, pictures.progress(progress));
                    case 1 -> java.util.Arrays.equals(l, pictures.leaderboard(leaderboard));
                    default -> java.util.Arrays.equals(c, pictures.coverage(coverage));
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ProgressCard progressWithRows(int n) {
        List<ProgressRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(
                    i % 5 == 0
                            ? ProgressRow.level("级别 " + i, i, 1, 2 * i + 2, OptionalDouble.of(0.5))
                            : ProgressRow.section("章节 " + i, 1, 1, 4, OptionalDouble.empty()));
        }
        return new ProgressCard("成员", "", rows, List.of("下一个"), "页脚", ProgressCard.Labels.ZH);
    }
}
