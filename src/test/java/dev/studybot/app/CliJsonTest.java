package dev.studybot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command-line interfaces scripts rely on")
class CliJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRunner.Result result = CliRunner.run("", Map.of(), args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    @Test
    @DisplayName("search --json prints an array, best first, of id, title, path and score")
    void search() throws Exception {
        JsonNode hits = json("search", "epoll", "--json", "--limit", "3");
        assertThat(hits.isArray()).isTrue();
        assertThat(hits.size()).isBetween(1, 3);
        JsonNode first = hits.get(0);
        assertThat(first.get("id").asText()).isEqualTo("1.1.3.3.u1.u3.u3");
        assertThat(first.get("title").asText()).isEqualTo("epoll");
        assertThat(first.get("path").get(0).asText()).isEqualTo("初级");
        assertThat(first.get("score").isNumber()).isTrue();
        if (hits.size() > 1) {
            assertThat(first.get("score").asDouble())
                    .isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
        }
        assertThat(json("search", "qqqqzzzz", "--json").size()).isZero();
    }

    @Test
    @DisplayName("topic <id> --json prints id, title, path, tags, body, code blocks and children")
    void topic() throws Exception {
        JsonNode topic = json("topic", "1.2.5.1.1", "--json");
        assertThat(topic.get("id").asText()).isEqualTo("1.2.5.1.1");
        assertThat(topic.get("title").asText()).isEqualTo("net");
        assertThat(topic.get("path").toString()).isEqualTo("[\"初级\",\"Go编程基础\",\"标准库\",\"功能型\",\"net\"]");
        assertThat(topic.get("code").get(0).get("text").asText()).startsWith("cn, err := net.Dial");
        assertThat(topic.get("code").get(0).get("language").asText()).isEqualTo("go");
        JsonNode level = json("topic", "1.1", "--json");
        assertThat(level.get("tags").toString()).isEqualTo("[\"必会\"]");
        assertThat(level.get("children").get(0).get("id").asText()).isEqualTo("1.1.1");
        assertThat(json("topic", "u2", "--json").get("body").asText()).startsWith("Go开发核心");
    }

    @Test
    @DisplayName("topic with an unknown id exits 1 with one sentence")
    void unknownTopic() {
        CliRunner.Result result = CliRunner.run("", Map.of(), "topic", "9.9.9", "--json");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("There is no topic 9.9.9 in go-roadmap");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("roadmap stats --json prints the topic count and counts by depth, tag, code and top-level section")
    void stats() throws Exception {
        JsonNode stats = json("roadmap", "stats", "--json");
        assertThat(stats.get("topics").asInt()).isEqualTo(435);
        assertThat(stats.get("tags").get("必会").asInt()).isEqualTo(61);
        assertThat(stats.get("tags").get("推荐").asInt()).isEqualTo(3);
        assertThat(stats.get("codeBlocks").asInt()).isEqualTo(22);
        assertThat(stats.get("depth").get("0").asInt()).isEqualTo(6);
        assertThat(stats.get("sections").get("初级").get("topics").asInt()).isEqualTo(175);
        int sum = 0;
        for (JsonNode depth : stats.get("depth")) {
            sum += depth.asInt();
        }
        assertThat(sum).isEqualTo(435);
    }

    @Test
    @DisplayName("a bad flag is a usage error with exit code 2")
    void usage() {
        assertThat(CliRunner.run("", Map.of(), "search", "x", "--limit", "0").exitCode())
                .isEqualTo(2);
        assertThat(CliRunner.run("", Map.of(), "nosuchcommand").exitCode()).isEqualTo(2);
    }
}
