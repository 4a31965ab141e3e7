package dev.studybot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("run: which platforms start is decided from the tokens, before anything connects")
class RunCommandTest {
    @Test
    @DisplayName("a Slack bot token without an app token, signing secret or port stops start-up with one sentence")
    void halfConfiguredSlack() {
        CliRunner.Result result = CliRunner.run("", Map.of("SLACK_BOT_TOKEN", "xoxb-not-a-real-token"), "run");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("SLACK_APP_TOKEN").doesNotContain("xoxb-not-a-real-token");
    }

    @Test
    @DisplayName("a signing secret alone names the bot token it needs")
    void signingSecretAlone() {
        CliRunner.Result result = CliRunner.run("", Map.of("SLACK_SIGNING_SECRET", "s3cr3t-value"), "run");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("SLACK_BOT_TOKEN is not set").doesNotContain("s3cr3t-value");
    }
}
