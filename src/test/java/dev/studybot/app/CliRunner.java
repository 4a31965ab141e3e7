package dev.studybot.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line (what {@code java -jar studybot.jar} runs) with piped input and a chosen environment. */
public final class CliRunner {
    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {}

    private CliRunner() {}

    public static Result run(String input, Map<String, String> env, String... args) {
        Map<String, String> previous = Main.environment;
        Map<String, String> environment = new HashMap<>(env);
        Main.environment = environment;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int code = Main.execute(
                    args,
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Main.environment = previous;
        }
    }
}
