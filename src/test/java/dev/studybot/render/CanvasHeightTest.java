package dev.studybot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The progress card's canvas is sized before drawing to exactly the height the drawing takes")
class CanvasHeightTest {
    static Stream<ProgressCard> cards() {
        List<ProgressCard> cards = new ArrayList<>();
        cards.add(Samples.progress(7));
        for (int rows : new int[] {0, 1, 5, ProgressPainter.MAX_ROWS, ProgressPainter.MAX_ROWS + 1, 200}) {
            for (int next : new int[] {0, 1, 3, 4}) {
                List<ProgressRow> list = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    list.add(
                            i % 4 == 0
                                    ? ProgressRow.level("L" + i, i, 1, 10 + i, OptionalDouble.empty())
                                    : ProgressRow.section("S" + i, 1, 1, 5, OptionalDouble.of(0.5)));
                }
                List<String> topics = new ArrayList<>();
                for (int i = 0; i < next; i++) {
                    topics.add(i == 1 ? " \u200B " : "topic " + i); // a blank one is not drawn
                }
                cards.add(new ProgressCard(
                        "title", rows % 2 == 0 ? "" : "sub", list, topics, next % 2 == 0 ? "" : "foot", null));
            }
        }
        return cards.stream();
    }

    @ParameterizedTest
    @MethodSource("cards")
    @DisplayName("GIVEN a card WHEN drawn on the tallest canvas THEN it takes the height worked out beforehand")
    void heightIsKnownBeforeDrawing(ProgressCard card) {
        Canvas tallest = new Canvas(Theme.DEFAULT.palette());
        int drawn = ProgressPainter.draw(tallest, card);

        assertThat(ProgressPainter.height(card)).isEqualTo(drawn);
    }
}
