package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.studybot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BlockKitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode blocks(Reply reply) {
        return blocks(reply, null);
    }

    private static JsonNode blocks(Reply reply, BlockKit.SearchBox search) {
        try {
            return JSON.readTree(GsonFactory.createSnakeCase()
                    .toJson(BlockKit.render(reply, search, "(cut)").blocks()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(JsonNode blocks) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : blocks) {
            if (block.has("text")) {
                out.add(block.path("text").path("text").asText());
            }
        }
        return out;
    }

    @Test
    @DisplayName("hints naming /topic say /study-topic, the command a member types on Slack; code stays as written")
    void slackSpellsTheTopicCommand() {
        Reply reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title("没有找到")
                .notice(Reply.Tone.WARNING, "试试更短的关键词，或用 /topic 查它的编号。")
                .code("sh", "curl localhost/topic\n# /topic")
                .footer("Use /topic <keywords> to find a topic directly.")
                .build();

        BlockKit.Rendered rendered = BlockKit.render(reply, null, "(cut)");
        JsonNode blocks = blocks(reply);

        assertThat(texts(blocks))
                .containsExactly(
                        "没有找到",
                        ":warning: 试试更短的关键词，或用 /study-topic 查它的编号。",
                        "```\ncurl localhost/topic\n# /topic\n```");
        assertThat(blocks.get(blocks.size() - 1)
                        .path("elements")
                        .get(0)
                        .path("text")
                        .asText())
                .isEqualTo("Use /study-topic &lt;keywords&gt; to find a topic directly.");
        assertThat(rendered.text()).isEqualTo("没有找到");
    }

    @Test
    @DisplayName("header, context with breadcrumb and badges, mrkdwn sections, footer")
    void layout() {
        Reply reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title("epoll")
                .breadcrumb("初级 › 操作系统")
                .badge("必会")
                .text("过程", "1. epoll_ctl")
                .footer("编号 1.1")
                .build();

        JsonNode blocks = blocks(reply);

        assertThat(blocks)
                .extracting(b -> b.path("type").asText())
                .containsExactly("header", "context", "section", "context");
        assertThat(blocks.get(0).path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(blocks.get(1).path("elements").get(0).path("text").asText()).isEqualTo("初级 › 操作系统");
        assertThat(blocks.get(1).path("elements").get(1).path("text").asText()).isEqualTo("*必会*");
        assertThat(blocks.get(2).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.get(2).path("text").path("text").asText()).isEqualTo("*过程*\n1. epoll_ctl");
    }

    @Test
    @DisplayName("&, < and > are escaped in mrkdwn, so user text cannot mention @channel or forge links")
    void escaping() {
        Reply reply = Reply.builder(Reply.Visibility.PRIVATE)
                .text("a < b && c > d <!channel> <http://evil|ok>")
                .build();

        assertThat(texts(blocks(reply)))
                .containsExactly("a &lt; b &amp;&amp; c &gt; d &lt;!channel&gt; &lt;http://evil|ok&gt;");
    }

    @Test
    @DisplayName("text over 3000 characters is split into several sections, nothing lost")
    void longTextIsSplit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("第").append(i).append("行：goroutine 与 channel & select\n");
        }
        String body = text.toString().strip();

        List<String> sections =
                texts(blocks(Reply.builder(Reply.Visibility.PRIVATE).text(body).build()));

        assertThat(sections).hasSizeGreaterThan(1);
        assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join("\n", sections)).isEqualTo(BlockKit.escape(body));
    }

    @Test
    @DisplayName("a single line longer than a section is cut between characters, never inside an entity")
    void longLine() {
        String line = "&".repeat(2000);

        List<String> chunks = BlockKit.escapedChunks(line, 3000);

        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.length()).isLessThanOrEqualTo(3000);
            assertThat(c.replace("&amp;", "")).isEmpty();
        });
        assertThat(String.join("", chunks)).isEqualTo(BlockKit.escape(line));
    }

    @Test
    @DisplayName("code goes in fences, split when long; a fence inside the code cannot close it")
    void code() {
        String code = "func main() {\n\tch := make(chan int)\n}\n```\n" + "x := 1 << 2\n".repeat(400);

        List<String> sections = texts(
                blocks(Reply.builder(Reply.Visibility.PRIVATE).code("go", code).build()));

        assertThat(sections).hasSizeGreaterThan(1);
        assertThat(sections).allSatisfy(s -> {
            assertThat(s).startsWith("```\n").endsWith("\n```");
            assertThat(s.length()).isLessThanOrEqualTo(3000);
            assertThat(s.substring(3, s.length() - 3)).doesNotContain("```");
        });
        assertThat(sections.get(0)).contains("ch := make(chan int)").contains("x := 1 &lt;&lt; 2");
    }

    @Test
    @DisplayName("a reply of more than 50 blocks keeps its head, buttons and footer and cuts the body with a mark")
    void fiftyBlocks() {
        Reply.Builder builder = Reply.builder(Reply.Visibility.PRIVATE)
                .title("t")
                .breadcrumb("b")
                .footer("f");
        for (int i = 0; i < 80; i++) {
            builder.text("paragraph " + i);
        }
        builder.buttons(List.of(new Reply.Button("1:x:a:s", "a"), new Reply.Button("1:x:b:s", "b")));

        JsonNode blocks = blocks(builder.build());

        assertThat(blocks.size()).isEqualTo(BlockKit.MAX_BLOCKS);
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
        assertThat(blocks.get(blocks.size() - 1).path("type").asText()).isEqualTo("context");
        assertThat(blocks.get(blocks.size() - 2).path("type").asText()).isEqualTo("actions");
        assertThat(blocks.get(blocks.size() - 3).path("text").path("text").asText())
                .isEqualTo("(cut)");
    }

    @Test
    @DisplayName(
            "buttons: action_id is the component id untouched, labels cut to 75, styles mapped, duplicates dropped, disabled ones shown as text")
    void buttons() {
        String longLabel = "很长的按钮".repeat(30);
        Reply reply = Reply.builder(Reply.Visibility.PUBLIC)
                .buttons(List.of(
                        new Reply.Button("1:quiz:answer:q1:0:AbCdEfGh", longLabel, Reply.Tone.SUCCESS, false),
                        new Reply.Button("1:quiz:answer:q1:0:AbCdEfGh", "again"),
                        new Reply.Button("1:quiz:answer:q1:1:ZZZZZZZZ", "B", Reply.Tone.DANGER, false),
                        new Reply.Button("1:quiz:answer:q1:2:YYYYYYYY", "C (closed)", Reply.Tone.INFO, true)))
                .build();

        JsonNode blocks = blocks(reply);

        JsonNode elements = blocks.get(0).path("elements");
        assertThat(elements).hasSize(2);
        assertThat(elements.get(0).path("action_id").asText()).isEqualTo("1:quiz:answer:q1:0:AbCdEfGh");
        assertThat(elements.get(0).path("text").path("text").asText().length()).isLessThanOrEqualTo(75);
        assertThat(elements.get(0).path("style").asText()).isEqualTo("primary");
        assertThat(elements.get(1).path("style").asText()).isEqualTo("danger");
        assertThat(blocks.get(1).path("type").asText()).isEqualTo("context");
        assertThat(blocks.get(1).path("elements").get(0).path("text").asText()).isEqualTo("C (closed)");
    }

    @Test
    @DisplayName("a select becomes a static select with the reply's options; a search box an external select")
    void selects() {
        Reply reply = Reply.builder(Reply.Visibility.PRIVATE)
                .select(new Reply.Select(
                        "1:topic:pick:Sig00000",
                        "选择一个子主题",
                        List.of(new Reply.Option("goroutine", "2.1", null), new Reply.Option("channel", "2.2", "c"))))
                .build();

        JsonNode blocks = blocks(reply, new BlockKit.SearchBox("topic:search", "主题的编号、路径或关键词"));

        JsonNode select = blocks.get(0).path("elements").get(0);
        assertThat(select.path("type").asText()).isEqualTo("static_select");
        assertThat(select.path("action_id").asText()).isEqualTo("1:topic:pick:Sig00000");
        assertThat(select.path("options"))
                .extracting(o -> o.path("value").asText())
                .containsExactly("2.1", "2.2");
        JsonNode search = blocks.get(1).path("elements").get(0);
        assertThat(search.path("type").asText()).isEqualTo("external_select");
        assertThat(search.path("action_id").asText()).isEqualTo("topic:search");
        assertThat(search.path("min_query_length").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("notices carry their tone as an emoji; fields sit side by side, ten to a section")
    void noticesAndFields() {
        List<Reply.Field> fields = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fields.add(new Reply.Field("k" + i, "v" + i));
        }
        Reply reply = Reply.builder(Reply.Visibility.PRIVATE)
                .notice(Reply.Tone.WARNING, "careful <now>")
                .fields(fields)
                .build();

        JsonNode blocks = blocks(reply);

        assertThat(blocks.get(0).path("text").path("text").asText()).isEqualTo(":warning: careful &lt;now&gt;");
        assertThat(blocks.get(1).path("fields")).hasSize(10);
        assertThat(blocks.get(2).path("fields")).hasSize(2);
        assertThat(blocks.get(1).path("fields").get(0).path("text").asText()).isEqualTo("*k0*\nv0");
    }

    @Test
    @DisplayName("the notification text is the title, else the first words; never empty")
    void fallback() {
        assertThat(BlockKit.fallback(
                        Reply.builder(Reply.Visibility.PUBLIC).title("今日一题").build()))
                .isEqualTo("今日一题");
        assertThat(BlockKit.fallback(Reply.privateNotice(Reply.Tone.INFO, "a & b")))
                .isEqualTo("a &amp; b");
        assertThat(BlockKit.fallback(Reply.builder(Reply.Visibility.PUBLIC).build()))
                .isNotEmpty();
    }
}
