package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.content.ContentLocator;
import dev.studybot.quiz.BankProblem.Rule;
import dev.studybot.roadmap.RoadmapLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The question bank loads every bank file of a roadmap and serves its questions")
class QuestionBankTest {
    private static final String ONE =
            """
              - id: %s
                topic: "%s"
                difficulty: 1
                kind: recall
                stem: 题干
                options: [甲, 乙, 丙, 丁]
                answer: B
                explanation: 乙是对的，甲、丙、丁不对。
            """;

    @TempDir
    Path dir;

    private static String question(String id, String topic) {
        return ONE.formatted(id, topic);
    }

    private void write(String name, String text, int secondsLater) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        // file systems with coarse timestamps: make each edit visibly newer
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    @Test
    @DisplayName("GIVEN the base bank WHEN looked up THEN by id, topic, level and subtree")
    void lookups() {
        QuestionBank bank = QuizFixtures.bank(null);
        Question go = bank.byId("go-stmt").orElseThrow();
        assertThat(go.topicId()).isEqualTo("2.1.1");
        assertThat(go.roadmapId()).isEqualTo("mini");
        assertThat(go.source()).isEqualTo(Question.Source.CURATED);
        assertThat(go.origin().toString()).endsWith("base/quiz/20-senior.yaml:3");
        assertThat(go.options()).containsExactly("go f()", "async f()", "spawn f()", "thread f()");
        assertThat(go.answerLetter()).isEqualTo("A");
        assertThat(bank.byTopic("2.1.1")).hasSize(4);
        assertThat(bank.byLevel("1")).hasSize(10);
        assertThat(bank.byLevel("2")).hasSize(10);
        assertThat(bank.inSubtree("1.1")).hasSize(7);
        assertThat(bank.inSubtree("1.1.1"))
                .extracting(Question::id)
                .containsExactly("var-short-decl", "var-zero-value");
        assertThat(bank.inSubtree("1")).hasSize(10);
        assertThat(bank.byId("nope")).isEmpty();
        assertThat(bank.problems()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a file with a good and a broken question WHEN loaded THEN the good one loads")
    void halfBrokenFile() throws IOException {
        QuizFixtures.copy(null, dir);
        write(
                "quiz/30-mixed.yaml",
                "roadmap: mini\nquestions:\n" + question("good-one", "1.3.1")
                        + question("bad-one", "1.3.1").replace("answer: B", "answer: b"),
                0);
        QuestionBank bank = QuestionBank.load(new ContentLocator(List.of(dir), null), QuizFixtures.mini());
        assertThat(bank.byId("good-one")).isPresent();
        assertThat(bank.byId("bad-one")).isEmpty();
        assertThat(bank.problems())
                .singleElement()
                .hasToString(
                        "%s:17: question bad-one: answer is 'b'; it must be the right option's letter: A, B, C or D"
                                .formatted(dir.resolve("quiz/30-mixed.yaml")));
    }

    @Test
    @DisplayName("GIVEN the roadmap drops a topic WHEN the library reloads THEN the bank reports its questions")
    void reloadWithRoadmap() throws IOException {
        QuizFixtures.copy(null, dir);
        ContentLocator locator = new ContentLocator(List.of(dir), null);
        RoadmapLibrary library = RoadmapLibrary.load(locator, "mini");
        QuestionBank bank = QuestionBank.load(locator, library.defaultRoadmap());
        library.onReload(bank::reload);
        assertThat(bank.byTopic("1.1.4")).hasSize(1);

        String mini = Files.readString(dir.resolve("mini.txt"));
        write("mini.txt", mini.replace("\t\t4.指针\n", ""), 5);
        library.refresh();

        assertThat(bank.roadmap().byId("1.1.4")).isEmpty();
        assertThat(bank.byId("pointer-nil")).isEmpty();
        assertThat(bank.size()).isEqualTo(19);
        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_TOPIC);
            assertThat(p.toString()).contains("10-junior.yaml:58: question pointer-nil tests topic \"1.1.4\"");
        });
    }

    @Test
    @DisplayName(
            "GIVEN an edited bank file WHEN refreshed THEN the new questions are served; unchanged files are not reread")
    void refresh() throws IOException {
        QuizFixtures.copy(null, dir);
        QuestionBank bank = QuestionBank.load(new ContentLocator(List.of(dir), null), QuizFixtures.mini());
        assertThat(bank.refresh()).isFalse();
        write("quiz/30-new.yaml", "roadmap: mini\nquestions:\n" + question("fresh-one", "1.3.1"), 5);
        assertThat(bank.refresh()).isTrue();
        assertThat(bank.byId("fresh-one")).isPresent();
        assertThat(bank.reload(QuizFixtures.mini())).isTrue();
        assertThat(bank.reload(dev.studybot.TestRoadmaps.go()))
                .as("another roadmap")
                .isFalse();
        assertThat(bank.roadmap().id()).isEqualTo("mini");
    }

    @Test
    @DisplayName(
            "GIVEN a file naming another roadmap WHEN loaded THEN it is not part of the bank; an unknown roadmap is an error")
    void otherRoadmap() throws IOException {
        QuizFixtures.copy(null, dir);
        write("quiz/30-other.yaml", "# for later\nroadmap: rust-roadmap\nquestions:\n" + question("rust-one", "1"), 0);
        QuestionBank bank = QuestionBank.load(new ContentLocator(List.of(dir), null), QuizFixtures.mini());
        assertThat(bank.byId("rust-one")).isEmpty();
        assertThat(bank.otherFiles()).singleElement().satisfies(f -> assertThat(f.roadmapId())
                .isEqualTo("rust-roadmap"));
        assertThat(new BankValidator().validate(bank).ok()).isTrue();
        assertThat(new BankValidator().validate(bank, List.of("mini")).errorLines())
                .singleElement()
                .asString()
                .endsWith("30-other.yaml:2: names roadmap 'rust-roadmap', which does not exist; the roadmaps are mini");
    }

    @Test
    @DisplayName("GIVEN a file that is not UTF-8 WHEN loaded THEN the line of the bad byte is reported")
    void notUtf8() throws IOException {
        QuizFixtures.copy(null, dir);
        byte[] text = "roadmap: mini\nquestions:\n  - id: x\n    stem: \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("quiz/30-latin1.yaml"), text);
        QuestionBank bank = QuestionBank.load(new ContentLocator(List.of(dir), null), QuizFixtures.mini());
        assertThat(bank.problems())
                .singleElement()
                .asString()
                .endsWith("30-latin1.yaml:4: is not UTF-8 text; save the file as UTF-8");
        assertThat(bank.size()).isEqualTo(20);
    }

    @Test
    @DisplayName("GIVEN an empty file or a plain text file WHEN loaded THEN each is one clear sentence")
    void notABankFile() throws IOException {
        QuizFixtures.copy(null, dir);
        write("quiz/30-empty.yaml", "", 0);
        write("quiz/31-text.yaml", "just some words\n", 0);
        write("quiz/32-no-roadmap.yaml", "questions: []\n", 0);
        write("quiz/33-unclosed.yaml", "roadmap: mini\nquestions: [\n  {id: a\n", 0);
        QuestionBank bank = QuestionBank.load(new ContentLocator(List.of(dir), null), QuizFixtures.mini());
        assertThat(bank.problems())
                .extracting(p -> p.toString().substring(dir.toString().length() + 1))
                .containsExactly(
                        "quiz/30-empty.yaml:1: is empty; a bank file starts with 'roadmap:' and 'questions:'",
                        "quiz/31-text.yaml:1: is not a bank file; it must be a mapping with 'roadmap:' and"
                                + " 'questions:'",
                        "quiz/32-no-roadmap.yaml:1: has no 'roadmap:' naming the roadmap its questions belong to"
                                + " (e.g. roadmap: go-roadmap)",
                        "quiz/33-unclosed.yaml:4: is not valid YAML (expected ',' or '}', but got <stream end>);"
                                + " check the indentation and quoting here and on the lines above");
        assertThat(bank.size()).isEqualTo(20);
    }

    @Test
    @DisplayName("GIVEN details of the format WHEN read THEN scalars keep their text and each slip names its line")
    void readerDetails() {
        String file =
                """
                roadmap: mini
                questions:
                  - id: unquoted-topic
                    topic: 1.10
                    difficulty: 2
                    kind: output
                    stem: 打印什么？
                    code: |
                      fmt.Println(1)
                    options: [1, 2, yes, "4"]
                    answer: D
                    explanation: 数字 4 是对的，1、2 和 yes 都不对。
                    en:
                      stem: What does it print?
                      explanation: Four is right.
                  - id: Bad_Id
                    topic: "1.1"
                    difficulty: 1
                    kind: recall
                    stem: 题干
                    options: [甲, 乙, 丙, 丁]
                    answer: A
                    answer: B
                    hint: 没有这个字段
                    explanation: 见选项 B。
                  - id: gen-define-one
                    topic: "1.1"
                    difficulty: [1]
                    kind: recall
                    stem: 题干
                    options: [甲, 乙, 丙, ""]
                    answer: A
                    explanation: 甲对。
                """;
        BankFileReader.Result result = BankFileReader.read("f.yaml", file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.readable()).isTrue();
        assertThat(result.roadmapId()).isEqualTo("mini");
        Question first = result.entries().get(0).question();
        assertThat(first.topicId()).as("1.10 is not read as the number 1.1").isEqualTo("1.10");
        assertThat(first.options()).containsExactly("1", "2", "yes", "4");
        assertThat(first.code()).isEqualTo("fmt.Println(1)");
        assertThat(first.kind()).isEqualTo(Question.Kind.OUTPUT);
        assertThat(first.english()).hasValueSatisfying(en -> {
            assertThat(en.stem()).isEqualTo("What does it print?");
            assertThat(en.options()).isEmpty();
        });
        assertThat(result.entries()).hasSize(1);
        assertThat(result.problems())
                .extracting(BankProblem::toString)
                .containsExactly(
                        "f.yaml:16: id 'Bad_Id' may use only lowercase letters, digits and single dashes"
                                + " (e.g. os-epoll-ready-list)",
                        "f.yaml:23: question Bad_Id has 'answer:' twice; keep one",
                        "f.yaml:24: question Bad_Id has an unknown field 'hint'; the fields are id, topic,"
                                + " difficulty, kind, stem, code, options, answer, explanation, en",
                        "f.yaml:25: question Bad_Id: the explanation names an option by its letter; name it by its"
                                + " content, since the bot may shuffle the options",
                        "f.yaml:26: id 'gen-define-one' starts with 'gen-', which is kept for generated questions",
                        "f.yaml:28: question gen-define-one: 'difficulty' must be text, not a list",
                        "f.yaml:31: question gen-define-one: option D is empty; every option must be text")
                .hasSize(7);
    }
}
