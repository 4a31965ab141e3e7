package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.quiz.BankProblem.Rule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The bank validator reports each broken rule as file:line: what is wrong")
class BankValidatorTest {

    @Test
    @DisplayName("GIVEN the base fixture bank WHEN validated THEN it has no error and counts per level and section")
    void validBank() {
        BankReport report = QuizFixtures.report(null);
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.questions()).isEqualTo(20);
        assertThat(report.files()).hasSize(2);
        assertThat(report.byLevel()).containsExactly(java.util.Map.entry("初级", 10), java.util.Map.entry("高级", 10));
        assertThat(report.bySection())
                .containsEntry("初级/基础", 7)
                .containsEntry("初级/工具", 3)
                .containsEntry("初级/杂项", 0)
                .containsEntry("高级/并发", 10)
                .containsEntry("高级/空节", 0);
        // 空节 is must-know but has nothing under it, 杂项 has content but is not must-know
        assertThat(report.mustKnowSections().keySet()).containsExactly("初级/基础", "初级/工具", "高级/并发");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            missing-field      | SCHEMA        | 50-missing-field.yaml:3:     | question missing-field has no 'explanation'
            duplicate-id       | DUPLICATE_ID  | 50-duplicate-id.yaml:3:      | question id var-short-decl is already used at src/test/resources/quiz/base/quiz/10-junior.yaml:3
            unknown-topic      | UNKNOWN_TOPIC | 50-unknown-topic.yaml:4:     | question unknown-topic tests topic "9.9", which mini does not have
            three-options      | SCHEMA        | 50-three-options.yaml:8:     | question three-options has 3 options; it needs exactly four
            duplicate-options  | SCHEMA        | 50-duplicate-options.yaml:11: | question duplicate-options: option C repeats A ('UTF-8'); the four options must all differ
            answer-e           | SCHEMA        | 50-answer-e.yaml:9:          | question answer-e: answer is 'E'; it must be the right option's letter: A, B, C or D
            difficulty-4       | SCHEMA        | 50-difficulty-4.yaml:5:      | question difficulty-4: difficulty is 4; it must be 1 (easy), 2 or 3 (hard)
            unknown-kind       | SCHEMA        | 50-unknown-kind.yaml:6:      | question unknown-kind: kind is 'trivia'; it must be recall, output, design or bug
            not-yaml           | FILE          | 50-not-yaml.yaml:6:          | is not valid YAML: a tab indents this line; indent with spaces only
            too-few-per-level  | SPREAD        | base/mini.txt:12:            | level 高级 has 9 questions; each level needs at least 10
            too-few-in-section | SPREAD        | base/mini.txt:7:             | must-know section 初级/工具 (1.2) has 2 questions under it; it needs at least 3
            too-many-on-topic  | SPREAD        | 20-senior.yaml:75:           | topic 2.1.1 (高级/并发/goroutine) has 9 questions, more than the 8 allowed
            """)
    @DisplayName("GIVEN a fixture that breaks one rule WHEN validated THEN exactly that error is reported at its line")
    void oneErrorPerRule(String caseName, Rule rule, String where, String what) {
        BankReport report = QuizFixtures.report(caseName);

        assertThat(report.errors()).as(report.errorLines().toString()).hasSize(1);
        BankProblem error = report.errors().get(0);
        assertThat(error.rule()).isEqualTo(rule);
        assertThat(error.toString()).contains("/" + where + " " + what);
        assertThat(report.ok()).isFalse();
    }

    @Test
    @DisplayName("GIVEN a file that is not YAML beside good ones WHEN loaded THEN it is left out and the rest loads")
    void brokenFileLeftOut() {
        QuestionBank bank = QuizFixtures.bank("not-yaml");
        assertThat(bank.size()).isEqualTo(20);
        assertThat(bank.files()).hasSize(2).noneMatch(f -> f.contains("not-yaml"));
        assertThat(bank.byId("not-yaml")).isEmpty();
        assertThat(bank.problems())
                .singleElement()
                .extracting(BankProblem::rule)
                .isEqualTo(Rule.FILE);
    }

    @Test
    @DisplayName("GIVEN a broken question WHEN loaded THEN only that question is left out")
    void brokenQuestionLeftOut() {
        for (String caseName : List.of(
                "missing-field",
                "duplicate-id",
                "unknown-topic",
                "three-options",
                "duplicate-options",
                "answer-e",
                "difficulty-4",
                "unknown-kind")) {
            QuestionBank bank = QuizFixtures.bank(caseName);
            assertThat(bank.size()).as(caseName).isEqualTo(20);
            assertThat(bank.byId(caseName)).as(caseName).isEmpty();
        }
        // the first of two questions with one id stays; the later one is the one reported
        assertThat(QuizFixtures.bank("duplicate-id")
                        .byId("var-short-decl")
                        .orElseThrow()
                        .origin()
                        .file())
                .endsWith("10-junior.yaml");
    }

    @Test
    @DisplayName("GIVEN the Go roadmap WHEN its must-know sections are listed THEN they are the 45 with real content")
    void mustKnowSectionsOfTheGoRoadmap() {
        var sections = BankValidator.mustKnowSections(dev.studybot.TestRoadmaps.go());
        assertThat(sections).hasSize(45);
        assertThat(sections)
                .extracting(dev.studybot.roadmap.Topic::id)
                .contains("1.1", "1.1.5", "2.1.2", "3.6.5.9", "4.3")
                // 必会 but nothing under them in the roadmap: no questions required
                .doesNotContain("2.1.3", "2.1.8", "3.6.3", "2.2.1");
    }
}
