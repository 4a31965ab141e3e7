package dev.studybot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a new user runs it: from any directory, with no tokens, commands piped in. */
@DisplayName("target/studybot.jar, run as a separate process")
class JarIT {
    private static final Path JAR = Path.of("target", "studybot.jar").toAbsolutePath();

    @TempDir
    Path workDir;

    private record Run(int code, String out, String err) {}

    private Run run(String input, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runJar(JAR, input, env, args);
    }

    private Run runJar(Path jar, String input, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("STUDYBOT_") || k.startsWith("DISCORD_") || k.startsWith("SLACK_"));
        builder.environment().putAll(env);
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the jar finished")
                .isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    @DisplayName(
            "with no tokens it starts the console playground on an embedded SQLite file, reads piped commands and ends at EOF")
    void consoleFromAnyDirectory() throws Exception {
        Run run = run("/topic GMP\n/press 1\n/studybot help\n", Map.of());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("studybot 控制台已就绪")
                .contains("【GMP模型】")
                .contains("高级 › Go编程进阶")
                .contains("已把 “GMP模型” 标记为已完成。")
                .contains("/topic <query> [status]");
    }

    @Test
    @DisplayName("search --json uses the roadmap bundled in the jar when the directory has none")
    void bundledRoadmap() throws Exception {
        Run run = run("", Map.of(), "search", "分布式锁", "--json", "--limit", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"id\" : \"3.6.5.11\"").contains("\"title\" : \"分布式锁\"");
    }

    @Test
    @DisplayName("a roadmap/ folder beside the working directory overrides the bundled one")
    void folderOverrides() throws Exception {
        Files.createDirectories(workDir.resolve("roadmap"));
        Files.writeString(workDir.resolve("roadmap/go-roadmap.txt"), "1.本地路线图\n\t1.自己的主题\n");
        Run run = run("", Map.of(), "topic", "1.1", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"title\" : \"自己的主题\"");
    }

    @Test
    @DisplayName(
            "roadmap/ and config/ folders beside the jar override the bundled ones when it runs from another directory")
    void foldersBesideTheJar() throws Exception {
        Path app = Files.createDirectories(workDir.resolve("opt/studybot"));
        Path jar = Files.copy(JAR, app.resolve("studybot.jar"));
        Files.createDirectories(app.resolve("roadmap"));
        Files.writeString(app.resolve("roadmap/go-roadmap.txt"), "1.部署的路线图\n\t1.部署时放的主题\n");

        Run topic = runJar(jar, "", Map.of(), "topic", "1.1", "--json");
        assertThat(topic.code()).as(topic.err()).isZero();
        assertThat(topic.out()).contains("\"title\" : \"部署时放的主题\"");

        Files.createDirectories(app.resolve("config"));
        Files.writeString(app.resolve("config/studybot.yaml"), "quiz:\n  windowHours: 0\n");
        Run console = runJar(jar, "", Map.of(), "console");
        assertThat(console.code()).as("the config beside the jar was read").isEqualTo(1);
        assertThat(console.err()).contains("quiz.windowHours").contains("\"0\"");
    }

    @Test
    @DisplayName("a wrong setting stops start-up with one sentence and exit code 1")
    void badConfig() throws Exception {
        Run run = run("", Map.of("STUDYBOT_QUIZ_ZONE", "Moon/Base"), "console");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo(
                        "Setting quiz.zone is \"Moon/Base\", but it must be an IANA time zone such as Asia/Shanghai or UTC.");
    }
}
