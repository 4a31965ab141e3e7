package dev.studybot;

import dev.studybot.app.ConfigLoader;
import dev.studybot.app.StudybotConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settings for a test's own bot: its own SQLite file and picture folder in a fresh temporary folder,
 * no roadmap polling. Tests never touch the developer's {@code data/studybot.db}, and no test sees
 * what another one wrote.
 */
public final class TestConfigs {
    private TestConfigs() {}

    /** The environment a test bot runs with, plus {@code extra} (which wins). */
    public static Map<String, String> environment(Map<String, String> extra) {
        try {
            Path dir = Files.createTempDirectory("studybot-test");
            dir.toFile().deleteOnExit();
            Map<String, String> env = new HashMap<>();
            env.put("STUDYBOT_DB_URL", "jdbc:sqlite:" + dir.resolve("studybot.db"));
            env.put("STUDYBOT_CONSOLE_PICTURES", dir.resolve("pictures").toString());
            env.put("STUDYBOT_ROADMAP_RELOAD_SECONDS", "0");
            env.putAll(extra);
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for a test bot of its own, plus {@code extra} environment variables. */
    public static StudybotConfig isolated(Map<String, String> extra) {
        return new ConfigLoader(environment(extra)).load(Optional.empty());
    }

    public static StudybotConfig isolated() {
        return isolated(Map.of());
    }
}
