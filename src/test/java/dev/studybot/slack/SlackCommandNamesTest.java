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
}
