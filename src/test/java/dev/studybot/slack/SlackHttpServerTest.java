package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackHttpServerTest {
    private static String form(String json) {
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("only a block_actions payload takes the early-ack road; its JSON is handed on whole")
    void recognisesClicks() {
        String click = "{\"type\":\"block_actions\",\"actions\":[{\"action_id\":\"a&b\"}]}";

        assertThat(SlackHttpServer.blockActions(form(click))).isEqualTo(click);
        assertThat(SlackHttpServer.blockActions(form("{\"user\":{\"type\":\"x\"},\"type\":\"block_actions\"}")))
                .isNotNull();
        assertThat(SlackHttpServer.blockActions(form("{\"type\":\"block_suggestion\",\"value\":\"go\"}")))
                .isNull();
        assertThat(SlackHttpServer.blockActions(form("{\"type\":{\"nested\":1}}")))
                .isNull();
        assertThat(SlackHttpServer.blockActions(form("not json"))).isNull();
        assertThat(SlackHttpServer.blockActions("command=%2Ftopic&text=epoll")).isNull();
        assertThat(SlackHttpServer.blockActions("payload=%7B")).isNull();
    }
}
