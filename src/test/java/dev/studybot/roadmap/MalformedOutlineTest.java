package dev.studybot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A malformed roadmap file gives file, line and what is wrong")
class MalformedOutlineTest {
    private final OutlineParser parser = new OutlineParser();

    private Roadmap parse(String text) throws RoadmapFormatException {
        return parser.parse("test", "test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("GIVEN a heading nested two tabs deeper WHEN parsed THEN the line and the nesting are named")
    void badNesting() {
        assertThatThrownBy(() -> parse("1.初级\n\t1.基础\n\t\t\t1.太深了\n"))
                .isInstanceOf(RoadmapFormatException.class)
                .hasMessage(
                        "test.txt:3: indented 2 tabs deeper than the heading above it (line 2); nest one tab deeper at a time");
    }

    @Test
    @DisplayName("GIVEN a line indented with spaces WHEN parsed THEN it asks for tabs")
    void spaces() {
        assertThatThrownBy(() -> parse("1.初级\n    1.基础\n"))
                .hasMessage("test.txt:2: indented with spaces where the outline nests by tabs; indent it with tabs");
    }

    @Test
    @DisplayName("GIVEN an outline with no headings WHEN parsed THEN it is called empty")
    void empty() {
        assertThatThrownBy(() -> parse("---\ntitle: x\n---\n<pre>\n</pre>\n"))
                .hasMessageContaining("test.txt:5: the outline is empty");
        assertThatThrownBy(() -> parse("")).hasMessageContaining("the outline is empty");
    }

    @Test
    @DisplayName("GIVEN front matter that is never closed or not key: value WHEN parsed THEN the line is named")
    void frontMatter() {
        assertThatThrownBy(() -> parse("---\ntitle: x\n1.初级\n"))
                .hasMessage("test.txt:1: front matter opened with --- is never closed; add a --- line after it");
        assertThatThrownBy(() -> parse("---\ntitle x\n---\n1.初级\n"))
                .hasMessage("test.txt:2: front matter line is not 'key: value' (title x)");
    }

    @Test
    @DisplayName("GIVEN bytes that are not UTF-8 WHEN parsed THEN the line of the bad byte is named")
    void notUtf8() {
        byte[] gbk = "1.初级\n\t1.".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> parser.parse("test", "test.txt", gbk))
                .isInstanceOf(RoadmapFormatException.class)
                .hasMessageStartingWith("test.txt:1: not UTF-8 text");
    }

    @Test
    @DisplayName("GIVEN a <pre> that is never closed WHEN parsed THEN it says so")
    void unclosedPre() {
        assertThatThrownBy(() -> parse("<pre>\n1.初级\n"))
                .hasMessage("test.txt:1: <pre> is never closed; add </pre> after the outline");
    }

    @Test
    @DisplayName("GIVEN text before any heading WHEN parsed THEN it is refused")
    void orphanText() {
        assertThatThrownBy(() -> parse("一段没有标题的说明\n1.初级\n"))
                .hasMessageContaining("test.txt:1: text outside any heading");
    }

    @Test
    @DisplayName("GIVEN a plain outline without front matter WHEN parsed THEN it works with the file name as title")
    void plainOutline() throws RoadmapFormatException {
        Roadmap roadmap =
                parse("1.Basics(必会)\n\t1.Variables: names for values\n\t\tfunc main() {\n\t\t}\n2.Advanced\n");
        assertThat(roadmap.title()).isEqualTo("test");
        assertThat(roadmap.byId("1.1")).hasValueSatisfying(t -> {
            assertThat(t.title()).isEqualTo("Variables");
            assertThat(t.summary()).isEqualTo("names for values");
            assertThat(t.code()).singleElement().extracting(CodeBlock::text).isEqualTo("func main() {\n}");
        });
        assertThat(roadmap.byId("1"))
                .hasValueSatisfying(t -> assertThat(t.isMustKnow()).isTrue());
    }

    @Test
    @DisplayName("GIVEN a number repeated with nothing to continue WHEN parsed THEN both topics keep distinct ids")
    void duplicateNumber() throws RoadmapFormatException {
        Roadmap roadmap = parse("1.A\n1.B\n");
        assertThat(roadmap.byId("1")).map(Topic::title).hasValue("A");
        assertThat(roadmap.byId("1~2")).map(Topic::title).hasValue("B");
        assertThat(roadmap.warnings()).singleElement().asString().contains("test.txt:2");
    }

    @Test
    @DisplayName("GIVEN HTML tags and Liquid in a note WHEN parsed THEN the text has neither")
    void htmlAndLiquid() throws RoadmapFormatException {
        Roadmap roadmap = parse(
                "1.A\n\t<b>粗体</b> &amp; {{ site.x }}说明\n\t<span><img src=\"{{ 'a/b.png' | relative_url }}\" /></span>\n");
        Topic a = roadmap.byId("1").orElseThrow();
        assertThat(a.notes()).containsExactly("粗体 & 说明");
        assertThat(a.images()).containsExactly("a/b.png");
    }
}
