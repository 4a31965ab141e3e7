package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.TestRoadmaps;
import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.Roadmap;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The curated bank in roadmap/quiz: every question is well-formed and tests a topic of the bundled
 * roadmap, and the bank as a whole passes the validator, spread rules included, as {@code studybot
 * quiz validate} in .ci/run does.
 */
@DisplayName("The curated bank in roadmap/quiz")
class CuratedBankTest {
    private final Roadmap roadmap = TestRoadmaps.library().defaultRoadmap();
    private final QuestionBank bank =
            QuestionBank.load(new ContentLocator(List.of(TestRoadmaps.ROADMAP_DIR), null), roadmap);

    @Test
    @DisplayName("every curated question's topic exists in the bundled roadmap")
    void topicsExist() {
        assertThat(bank.problems())
                .filteredOn(p -> p.rule() == BankProblem.Rule.UNKNOWN_TOPIC)
                .extracting(BankProblem::toString)
                .isEmpty();
        for (Question question : bank.questions()) {
            assertThat(roadmap.byId(question.topicId()))
                    .as(question.origin().toString())
                    .isPresent();
        }
    }

    @Test
    @DisplayName("every bank file parses and every question is well-formed, with an id of its own")
    void wellFormed() {
        assertThat(bank.problems()).extracting(BankProblem::toString).isEmpty();
        assertThat(bank.otherFiles()).isEmpty();
    }

    @Test
    @DisplayName("the validator's counts add up: each question under one level or the intro")
    void countsAddUp() {
        BankReport report = new BankValidator().validate(bank);
        int underRoots = roadmap.roots().stream()
                .mapToInt(r -> bank.byLevel(r.id()).size())
                .sum();
        assertThat(underRoots).isEqualTo(report.questions());
        assertThat(report.byLevel().keySet()).containsExactly("初级", "高级", "资深", "专家");
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.toString()).matches("^\\S+:\\d+: .+"));
    }

    @Test
    @DisplayName("the bank passes the validator: 10 per level, 3 per must-know section, at most 8 per topic")
    void passesTheValidator() {
        BankReport report = new BankValidator().validate(bank, List.of(roadmap.id()));
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.questions()).isGreaterThanOrEqualTo(240);
    }
}
