package dev.studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.TestRoadmaps;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The question generator makes questions from the roadmap's structure and text")
class QuestionGeneratorTest {
    private static final long[] SEEDS = {0, 1, 7, 42, -3};
    private final Roadmap go = TestRoadmaps.go();
    private final QuestionGenerator generator = new QuestionGenerator(go);

    private static String rule(Question q) {
        return q.id().split("-")[1];
    }

    @Test
    @DisplayName("GIVEN one seed twice WHEN generated THEN the same questions; another seed keeps the ids but reorders")
    void deterministic() {
        List<Question> once = generator.generate(42);
        assertThat(new QuestionGenerator(TestRoadmaps.go()).generate(42)).isEqualTo(once);
        List<Question> other = generator.generate(43);
        assertThat(other)
                .extracting(Question::id)
                .isEqualTo(once.stream().map(Question::id).toList());
        assertThat(other).isNotEqualTo(once);
        assertThat(once).extracting(Question::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("GIVEN any seed WHEN generated THEN no two options share a label or contain one another")
    void distinctLabels() {
        for (long seed : SEEDS) {
            for (Question q : generator.generate(seed)) {
                assertThat(q.options()).hasSize(4);
                for (int i = 0; i < 4; i++) {
                    for (int j = i + 1; j < 4; j++) {
                        String a = q.options().get(i).toLowerCase();
                        String b = q.options().get(j).toLowerCase();
                        assertThat(a.contains(b) || b.contains(a))
                                .as("%s: '%s' and '%s'", q.id(), a, b)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    @DisplayName(
            "GIVEN a description question WHEN checked THEN the answer is its topic and the distractors its siblings")
    void defineUsesSiblings() {
        List<Question> define = generator.generate(7).stream()
                .filter(q -> rule(q).equals("define"))
                .toList();
        assertThat(define).hasSizeGreaterThan(30);
        for (Question q : define) {
            Topic topic = go.byId(q.topicId()).orElseThrow();
            Topic parent = go.parent(topic).orElseThrow();
            Set<String> siblings = go.children(parent).stream()
                    .filter(t -> !t.equals(topic))
                    .map(Topic::title)
                    .collect(Collectors.toSet());
            assertThat(q.answerText()).isEqualTo(topic.title());
            for (int i = 0; i < 4; i++) {
                if (i != q.answer()) {
                    assertThat(siblings).as(q.id()).contains(q.options().get(i));
                }
            }
            assertThat(q.stem()).contains("「" + parent.title() + "」");
            String description = q.stem().substring(q.stem().indexOf('\n') + 1);
            // the title is masked as a word; inside another word (hmap for map) it stays
            assertThat(description)
                    .as(q.id())
                    .doesNotContainPattern("(?i)(?<![a-z0-9_])" + Pattern.quote(topic.title()) + "(?![a-z0-9_])");
        }
        Question transport = define.stream()
                .filter(q -> q.topicId().equals("1.1.2.1.4"))
                .findFirst()
                .orElseThrow();
        assertThat(transport.stem()).contains("TCP/UDP");
        assertThat(transport.answerText()).isEqualTo("传输层");
    }

    @Test
    @DisplayName("GIVEN the section questions WHEN checked THEN what belongs is under the section and the rest is not")
    void sectionRules() {
        for (Question q : generator.generate(1)) {
            Topic section = go.byId(q.topicId()).orElseThrow();
            Set<String> inside = go.subtree(section).stream().map(Topic::title).collect(Collectors.toSet());
            Set<String> children =
                    go.children(section).stream().map(Topic::title).collect(Collectors.toSet());
            switch (rule(q)) {
                case "belongs" -> {
                    assertThat(inside).as(q.id()).contains(q.answerText());
                    for (int i = 0; i < 4; i++) {
                        if (i != q.answer()) {
                            assertThat(inside)
                                    .as(q.id())
                                    .doesNotContain(q.options().get(i));
                            assertThat(sameLevelTitles(section))
                                    .contains(q.options().get(i));
                        }
                    }
                }
                case "odd" -> {
                    assertThat(inside).as(q.id()).doesNotContain(q.answerText());
                    for (int i = 0; i < 4; i++) {
                        if (i != q.answer()) {
                            assertThat(children).as(q.id()).contains(q.options().get(i));
                        }
                    }
                }
                default -> {}
            }
        }
    }

    private Set<String> sameLevelTitles(Topic section) {
        return go.subtree(go.root(section)).stream().map(Topic::title).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("GIVEN any generated question WHEN read THEN it names its topic, says it was generated and which rule")
    void namesTopicAndRule() {
        for (Question q : generator.generate(0)) {
            Topic topic = go.byId(q.topicId()).orElseThrow();
            assertThat(q.source()).isEqualTo(Question.Source.GENERATED);
            assertThat(q.id())
                    .isIn(
                            QuestionGenerator.Rule.DEFINE.questionId(topic.id()),
                            QuestionGenerator.Rule.BELONGS.questionId(topic.id()),
                            QuestionGenerator.Rule.ODD_ONE_OUT.questionId(topic.id()));
            assertThat(q.explanation()).startsWith("生成题（规则：").contains("（" + topic.id() + "）");
            assertThat(q.english()).hasValueSatisfying(en -> assertThat(en.explanation())
                    .startsWith("Generated question (rule: ")
                    .contains(topic.id()));
            assertThat(q.origin().line()).isEqualTo(topic.line());
            assertThat(q.roadmapId()).isEqualTo("go-roadmap");
        }
    }

    @Test
    @DisplayName(
            "GIVEN the bundled roadmap, with and without its errata, WHEN generated THEN each level gets 10 or more")
    void enoughForEveryLevel() {
        // errata take topics out of the description rule, so both versions must be enough
        for (Roadmap roadmap : List.of(go, TestRoadmaps.library().defaultRoadmap())) {
            List<Question> all = new QuestionGenerator(roadmap).generate(5);
            Map<String, Long> perLevel = all.stream()
                    .collect(Collectors.groupingBy(
                            q -> roadmap.root(roadmap.byId(q.topicId()).orElseThrow())
                                    .title(),
                            Collectors.counting()));
            for (Topic level : roadmap.levels()) {
                assertThat(perLevel.getOrDefault(level.title(), 0L))
                        .as(level.title())
                        .isGreaterThanOrEqualTo(10);
            }
            assertThat(all.stream().map(QuestionGeneratorTest::rule).distinct())
                    .containsExactlyInAnyOrder("define", "belongs", "odd");
            assertThat(all).hasSizeGreaterThan(200);
        }
    }

    @Test
    @DisplayName("GIVEN a topic with an erratum WHEN generated THEN no question quotes its text")
    void errataAreNotQuoted() {
        Roadmap corrected = go.withErrata(Map.of("1.1.2.1.4", List.of("更正：……")));
        QuestionGenerator withErrata = new QuestionGenerator(corrected);
        Topic transport = corrected.byId("1.1.2.1.4").orElseThrow();
        assertThat(withErrata.define(transport, 1)).isEmpty();
        assertThat(generator.define(go.byId("1.1.2.1.4").orElseThrow(), 1)).isPresent();
    }

    @Test
    @DisplayName("GIVEN too few distinct siblings WHEN generating THEN there is no question rather than a weak one")
    void tooFewSiblings() {
        Roadmap mini = QuizFixtures.mini();
        QuestionGenerator small = new QuestionGenerator(mini);
        // 测试 has one sibling, goroutine two: neither can have three distractors
        assertThat(small.define(mini.byId("1.2.2").orElseThrow(), 0)).isEmpty();
        assertThat(small.define(mini.byId("2.1.1").orElseThrow(), 0)).isEmpty();
        assertThat(small.define(mini.byId("1.1.1").orElseThrow(), 0)).hasValueSatisfying(q -> {
            assertThat(q.stem()).contains("用 var 或 := 声明并初始化");
            assertThat(q.options()).containsExactlyInAnyOrder("变量", "常量", "函数", "指针");
        });
        // 高级 has nothing outside 并发 but 空节: no three outsiders
        assertThat(small.belongs(mini.byId("2.1").orElseThrow(), 0)).isEmpty();
        assertThat(small.oddOneOut(mini.byId("2.1").orElseThrow(), 0))
                .hasValueSatisfying(q -> assertThat(q.answerText()).isEqualTo("空节"));
    }

    @Test
    @DisplayName("masks the title, its Latin words and its Chinese runs in a description")
    void masking() {
        assertThat(Labels.mask("数据链路层把位流封装成帧，数据链路不可靠", "数据链路层")).isEqualTo("____把位流封装成帧，____不可靠");
        assertThat(Labels.mask("epoll 比 select 快，epoll_wait 只取就绪链表", "epoll")).isEqualTo("____ 比 select 快，____ 只取就绪链表");
        assertThat(Labels.mask("BIO 与 IO 多路复用", "IO")).isEqualTo("BIO 与 ____ 多路复用");
        assertThat(Labels.mask("Redis 是内存数据库", "深入理解Redis线程模型")).isEqualTo("____ 是内存数据库");
    }
}
