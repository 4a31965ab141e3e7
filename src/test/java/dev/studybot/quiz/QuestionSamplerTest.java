package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A sample of curated and generated questions")
class QuestionSamplerTest {
    private final List<Question> curated = QuizFixtures.bank(null).questions();
    private final List<Question> generated = new QuestionGenerator(QuizFixtures.mini()).generate(3);

    @Test
    @DisplayName("GIVEN both pools WHEN sampled THEN they take turns, and the same seed gives the same sample")
    void mixedAndRepeatable() {
        List<Question> sample = QuestionSampler.sample(curated, generated, 6, 11);
        assertThat(sample)
                .extracting(Question::source)
                .containsExactly(
                        Question.Source.CURATED,
                        Question.Source.GENERATED,
                        Question.Source.CURATED,
                        Question.Source.GENERATED,
                        Question.Source.CURATED,
                        Question.Source.GENERATED);
        assertThat(sample).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(QuestionSampler.sample(curated, generated, 6, 11)).isEqualTo(sample);
        assertThat(QuestionSampler.sample(curated, generated, 6, 12)).isNotEqualTo(sample);
    }

    @Test
    @DisplayName("GIVEN one pool runs out WHEN sampled THEN the other fills the rest; more than both hold is refused")
    void exhaustion() {
        int all = curated.size() + generated.size();
        assertThat(QuestionSampler.sample(curated, generated, all, 1)).hasSize(all);
        assertThat(QuestionSampler.sample(List.of(), generated, 2, 1)).hasSize(2);
        assertThatThrownBy(() -> QuestionSampler.sample(curated, generated, all + 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
