package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.studybot.app.CliRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("studybot quiz validate and quiz sample through the real command line")
class QuizCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The environment that points the bot at a fixture roadmap folder. */
    private static Map<String, String> fixture(Path folder) {
        return Map.of("STUDYBOT_ROADMAP_DIR", folder.toAbsolutePath().toString(), "STUDYBOT_ROADMAP_DEFAULT", "mini");
    }

    private static CliRunner.Result run(Map<String, String> env, String... args) {
        return CliRunner.run("", env, args);
    }

    @Test
    @DisplayName("GIVEN a valid bank WHEN quiz validate THEN counts per level and section, no errors, exit 0")
    void validateText() {
        CliRunner.Result result = run(fixture(QuizFixtures.BASE), "quiz", "validate");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Question bank of mini: 20 curated questions in 2 files")
                .contains("  初级  10\n    基础  7\n    工具  3\n    杂项  0\n  高级  10\n    并发  10\n    空节  0\n")
                .contains("Must-know sections with at least 3 questions: 3 of 3")
                .endsWith("No errors.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a broken bank WHEN quiz validate THEN every error as file:line and exit 1")
    void validateErrors() {
        QuizFixtures.copy("answer-e", dir);
        QuizFixtures.copy("too-few-in-section", dir);
        CliRunner.Result result = run(fixture(dir), "quiz", "validate");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("2 errors:\n")
                .contains(dir.toAbsolutePath().resolve("quiz/50-answer-e.yaml")
                        + ":9: question answer-e: answer is 'E'; it must be the right option's letter: A, B, C or D\n")
                .contains(dir.toAbsolutePath().resolve("mini.txt")
                        + ":7: must-know section 初级/工具 (1.2) has 2 questions under it; it needs at least 3\n");
        assertThat(result.err().strip())
                .isEqualTo(
                        "The question bank of mini has 2 errors; fix each file:line above and run quiz validate again.");
    }

    @Test
    @DisplayName("GIVEN --json WHEN quiz validate THEN questions, bySection, bySubsection and errors")
    void validateJson() throws Exception {
        CliRunner.Result ok = run(fixture(QuizFixtures.BASE), "quiz", "validate", "--json");
        assertThat(ok.exitCode()).isZero();
        JsonNode report = JSON.readTree(ok.out());
        assertThat(report.get("questions").asInt()).isEqualTo(20);
        assertThat(report.get("bySection").toString()).isEqualTo("{\"初级\":10,\"高级\":10}");
        assertThat(report.get("bySubsection").get("初级/工具").asInt()).isEqualTo(3);
        assertThat(report.get("errors").isArray()).isTrue();
        assertThat(report.get("errors").size()).isZero();

        QuizFixtures.copy("duplicate-id", dir);
        CliRunner.Result broken = run(fixture(dir), "quiz", "validate", "--json");
        assertThat(broken.exitCode()).isEqualTo(1);
        JsonNode errors = JSON.readTree(broken.out()).get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).asText())
                .matches(".*/quiz/50-duplicate-id\\.yaml:3: question id var-short-decl is already used at"
                        + " .*/quiz/10-junior\\.yaml:3; give each question its own id");
    }

    @Test
    @DisplayName(
            "GIVEN the bundled bank WHEN quiz validate --json THEN the four levels and an exit code that matches the errors")
    void validateBundled() throws Exception {
        CliRunner.Result result = run(Map.of(), "quiz", "validate", "--json");
        JsonNode report = JSON.readTree(result.out());
        List<String> levels = new ArrayList<>();
        report.get("bySection").fieldNames().forEachRemaining(levels::add);
        assertThat(levels).containsExactly("初级", "高级", "资深", "专家");
        assertThat(result.exitCode()).isEqualTo(report.get("errors").isEmpty() ? 0 : 1);
        for (JsonNode error : report.get("errors")) {
            assertThat(error.asText()).matches("^\\S+:\\d+: .+");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a count and a seed WHEN quiz sample --json THEN distinct questions of both kinds, the same for the same seed")
    void sample() throws Exception {
        Map<String, String> env = fixture(QuizFixtures.BASE);
        CliRunner.Result result = run(env, "quiz", "sample", "--json", "--count", "6", "--seed", "9");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode questions = JSON.readTree(result.out());
        assertThat(questions.isArray()).isTrue();
        assertThat(questions.size()).isEqualTo(6);
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (JsonNode q : questions) {
            assertThat(ids.add(q.get("id").asText())).isTrue();
            sources.add(q.get("source").asText());
            assertThat(q.get("topic").asText()).isNotBlank();
            assertThat(q.get("stem").asText()).isNotBlank();
            assertThat(q.get("options").size()).isEqualTo(4);
            assertThat(q.get("answer").asText()).matches("[ABCD]");
            assertThat(q.get("explanation").asText()).isNotBlank();
            assertThat(q.get("difficulty").asInt()).isBetween(1, 3);
        }
        assertThat(sources).containsExactlyInAnyOrder("curated", "generated");
        assertThat(run(env, "quiz", "sample", "--json", "--count", "6", "--seed", "9")
                        .out())
                .isEqualTo(result.out());
        assertThat(run(env, "quiz", "sample", "--json", "--count", "6", "--seed", "10")
                        .out())
                .isNotEqualTo(result.out());
    }

    @Test
    @DisplayName("GIVEN the bundled roadmap WHEN quiz sample THEN generated questions fill in whatever the bank holds")
    void sampleBundled() throws Exception {
        CliRunner.Result result = run(Map.of(), "quiz", "sample", "--json", "--count", "12", "--seed", "1");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode questions = JSON.readTree(result.out());
        assertThat(questions.size()).isEqualTo(12);
        assertThat(questions.findValuesAsText("source")).contains("generated");
    }

    @Test
    @DisplayName("GIVEN a count below 1 or above what exists WHEN quiz sample THEN one sentence and exit 2")
    void sampleBadCount() {
        Map<String, String> env = fixture(QuizFixtures.BASE);
        CliRunner.Result zero = run(env, "quiz", "sample", "--json", "--count", "0", "--seed", "1");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("--count is 0, but it must be at least 1.");
        assertThat(zero.out()).isEmpty();
        CliRunner.Result many = run(env, "quiz", "sample", "--json", "--count", "100000", "--seed", "1");
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err().strip())
                .matches("--count is 100000, but mini has only \\d+ questions \\(20 curated, \\d+ generated\\); ask for"
                        + " \\d+ or fewer\\.");
        assertThat(many.err().strip().lines()).hasSize(1);
        assertThat(run(env, "quiz", "sample", "--count", "x").exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("quiz sample --help says the answer is a letter")
    void help() {
        CliRunner.Result result = run(Map.of(), "quiz", "sample", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replaceAll("\\s+", " ")).contains("answer (the right option's letter, A to D)");
    }
}
