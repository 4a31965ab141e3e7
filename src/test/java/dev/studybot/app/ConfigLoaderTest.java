package dev.studybot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Configuration: documented defaults, a file, the environment, and one sentence per mistake")
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private StudybotConfig load(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("studybot.yaml");
        Files.writeString(file, yaml);
        return new ConfigLoader(env).load(Optional.of(file));
    }

    @Test
    @DisplayName("the committed config/studybot.yaml is exactly the bundled defaults and every key has a comment")
    void committedDefaults() throws IOException {
        StudybotConfig defaults = new ConfigLoader(Map.of()).load(Optional.empty());
        StudybotConfig committed = new ConfigLoader(Map.of()).load(Optional.of(Path.of("config/studybot.yaml")));
        assertThat(committed).isEqualTo(defaults);
        assertThat(defaults.quiz().time()).isEqualTo("09:30");
        assertThat(defaults.quiz().windowHours())
                .as("the answer window the issue asks for")
                .isEqualTo(8);
        assertThat(defaults.quiz().graceMinutes())
                .as("the late-post grace window")
                .isEqualTo(120);
        assertThat(defaults.db().effectiveUrl()).isEqualTo("jdbc:sqlite:data/studybot.db");
        Pattern key = Pattern.compile("^  (\\w+):.*$");
        for (String line : Files.readAllLines(Path.of("config/studybot.yaml"))) {
            Matcher m = key.matcher(line);
            if (m.matches()) {
                assertThat(line).as("comment for " + m.group(1)).contains(" # ");
            }
        }
    }

    @Test
    @DisplayName("every key can be set by an environment variable, including the names DESIGN.md promises")
    void environment() throws IOException {
        StudybotConfig config = load(
                "",
                Map.of(
                        "STUDYBOT_DB_URL", "jdbc:postgresql://db/studybot",
                        "STUDYBOT_QUIZ_WINDOW_HOURS", "6",
                        "STUDYBOT_DISCORD_API_URL", "http://localhost:9999/api/v10/",
                        "STUDYBOT_DISCORD_GATEWAY_URL", "ws://localhost:9998",
                        "STUDYBOT_SLACK_API_URL", "http://localhost:9997/api/",
                        "STUDYBOT_SLACK_HTTP_PORT", "3000",
                        "STUDYBOT_ROADMAP_DEFAULT", "go-roadmap"));
        assertThat(config.db().url()).isEqualTo("jdbc:postgresql://db/studybot");
        assertThat(config.quiz().windowHours()).isEqualTo(6);
        assertThat(config.discord().apiUrl()).isEqualTo("http://localhost:9999/api/v10/");
        assertThat(config.discord().gatewayUrl()).isEqualTo("ws://localhost:9998");
        assertThat(config.slack().apiUrl()).isEqualTo("http://localhost:9997/api/");
        assertThat(config.slack().httpPort()).isEqualTo(3000);
        assertThat(ConfigLoader.envName("quiz", "graceMinutes")).isEqualTo("STUDYBOT_QUIZ_GRACE_MINUTES");
    }

    @Test
    @DisplayName("a file overrides the defaults it names and keeps the rest")
    void fileOverrides() throws IOException {
        StudybotConfig config = load("quiz:\n  time: \"08:15\"\n  zone: Europe/Berlin\n", Map.of());
        assertThat(config.quiz().localTime()).hasToString("08:15");
        assertThat(config.quiz().zoneId().getId()).isEqualTo("Europe/Berlin");
        assertThat(config.quiz().windowHours()).isEqualTo(8);
    }

    @Test
    @DisplayName("an unknown key names the key and the keys allowed there")
    void unknownKey() {
        assertThatThrownBy(() -> load("quiz:\n  tim: \"08:15\"\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith(
                        "has the unknown key quiz.tim; the keys here are: quiz.time, quiz.zone, quiz.days, quiz.levels, quiz.windowHours, quiz.graceMinutes, quiz.reveal, quiz.seed.");
        assertThatThrownBy(() -> load("quizz:\n  time: x\n", Map.of())).hasMessageContaining("unknown key quizz");
    }

    @Test
    @DisplayName("a wrong type names the key, the value, where it came from and the type wanted")
    void wrongType() {
        assertThatThrownBy(() -> load("quiz:\n  windowHours: eight\n", Map.of()))
                .hasMessage("quiz.windowHours is \"eight\" (in the config file), but it must be a whole number.");
        assertThatThrownBy(() -> load("quiz:\n  windowHours: 1.5\n", Map.of()))
                .as("a fraction is refused, not cut to 1")
                .hasMessage("quiz.windowHours is \"1.5\" (in the config file), but it must be a whole number.");
        assertThatThrownBy(() -> load("", Map.of("STUDYBOT_QUIZ_WINDOW_HOURS", "1.5")))
                .hasMessage(
                        "quiz.windowHours is \"1.5\" (in the environment variable STUDYBOT_QUIZ_WINDOW_HOURS), but it must be a whole number.");
        assertThatThrownBy(() -> load("", Map.of("STUDYBOT_SLACK_HTTP_PORT", "http")))
                .hasMessage(
                        "slack.httpPort is \"http\" (in the environment variable STUDYBOT_SLACK_HTTP_PORT), but it must be a whole number.");
    }

    @Test
    @DisplayName("an invalid value names the key, the value and what is allowed")
    void invalidValues() {
        assertThatThrownBy(() -> load("quiz:\n  zone: Mars/Olympus\n", Map.of()))
                .hasMessage(
                        "Setting quiz.zone is \"Mars/Olympus\", but it must be an IANA time zone such as Asia/Shanghai or UTC.");
        assertThatThrownBy(() -> load("quiz:\n  time: \"25:00\"\n", Map.of()))
                .hasMessage("Setting quiz.time is \"25:00\", but it must be a time as HH:MM, such as 09:30.");
        assertThatThrownBy(() -> load("bot:\n  language: fr\n", Map.of()))
                .hasMessage("Setting bot.language is \"fr\", but it must be zh or en.");
        assertThatThrownBy(() -> load("quiz:\n  levels: 3-1\n", Map.of())).hasMessageContaining("quiz.levels");
        assertThatThrownBy(() -> load("", Map.of("STUDYBOT_DB_URL", "mysql://x")))
                .hasMessageContaining("db.url");
        assertThatThrownBy(() -> load("quiz: [1, 2]\n", Map.of())).hasMessageContaining("quiz must be a section");
        assertThatThrownBy(() -> load("quiz:\n  time: [1]\n", Map.of()))
                .hasMessageContaining("quiz.time must be a single value");
        assertThatThrownBy(() -> load("quiz:\n\ttime: x\n", Map.of())).hasMessageContaining("is not valid YAML");
    }

    @Test
    @DisplayName("a bad setting stops the real start-up with its sentence and exit code 1")
    void startupStops() {
        CliRunner.Result result = CliRunner.run("", Map.of("STUDYBOT_QUIZ_REVEAL", "never"), "console");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("Setting quiz.reveal is \"never\", but it must be close or immediate.");
    }

    @Test
    @DisplayName("tokens never show in PlatformTokens' text")
    void tokensHidden() {
        PlatformTokens tokens =
                PlatformTokens.from(Map.of("DISCORD_TOKEN", "secret-discord", "SLACK_BOT_TOKEN", "xoxb-secret"));
        assertThat(tokens.toString())
                .doesNotContain("secret")
                .contains("discord=set", "slackBot=set", "slackApp=unset");
    }
}
