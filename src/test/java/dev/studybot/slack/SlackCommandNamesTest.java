package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackCommandNamesTest {
    @Test
    @DisplayName("a command whose name Slack keeps for itself gets the study- prefix; others keep their name")
    void slackNames() {
        assertThat(SlackCommandNames.slackName("topic")).isEqualTo("/study-topic");
        assertThat(SlackCommandNames.slackName("roadmap")).isEqualTo("/roadmap");
        assertThat(SlackCommandNames.slackName("leaderboard")).isEqualTo("/leaderboard");
    }

    @Test
    @DisplayName("incoming commands map back under either name")
    void routerNames() {
        assertThat(SlackCommandNames.routerName("/study-topic")).contains("topic");
        assertThat(SlackCommandNames.routerName("/topic")).contains("topic");
        assertThat(SlackCommandNames.routerName("/Roadmap")).contains("roadmap");
        assertThat(SlackCommandNames.routerName("/study-roadmap")).contains("study-roadmap");
        assertThat(SlackCommandNames.routerName("/")).isEmpty();
        assertThat(SlackCommandNames.routerName(null)).isEmpty();
    }

    @Test
    @DisplayName("a hint naming /topic says /study-topic on Slack; paths, longer names and other commands stay")
    void prose() {
        assertThat(SlackCommandNames.inProse("Use /topic <keywords> to find a topic directly."))
                .isEqualTo("Use /study-topic <keywords> to find a topic directly.");
        assertThat(SlackCommandNames.inProse("先用/topic 查一个主题，或用 /roadmap 从头浏览。"))
                .isEqualTo("先用/study-topic 查一个主题，或用 /roadmap 从头浏览。");
        assertThat(SlackCommandNames.inProse("(/topic)")).isEqualTo("(/study-topic)");
        assertThat(SlackCommandNames.inProse("GET /api/topic/1 and /topics and /topic-list and /study-topic"))
                .isEqualTo("GET /api/topic/1 and /topics and /topic-list and /study-topic");
        assertThat(SlackCommandNames.inProse("/topic/1")).isEqualTo("/topic/1");
        assertThat(SlackCommandNames.inProse(null)).isNull();
    }
}
