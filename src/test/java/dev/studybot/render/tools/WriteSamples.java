package dev.studybot.render.tools;

import dev.studybot.render.CoverageCell;
import dev.studybot.render.CoverageLevel;
import dev.studybot.render.CoverageMap;
import dev.studybot.render.LeaderboardCard;
import dev.studybot.render.LeaderboardRow;
import dev.studybot.render.Pictures;
import dev.studybot.render.ProgressCard;
import dev.studybot.render.ProgressRow;
import dev.studybot.render.Samples;
import dev.studybot.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes sample pictures, in both themes and with odd input, to a folder (default {@code
 * /tmp/studybot-pictures}) so a person can look at them. Run from the repository root:
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   "-Dexec.args=-Djava.awt.headless=true -cp %classpath dev.studybot.render.tools.WriteSamples"
 * </pre>
 */
public final class WriteSamples {
    private WriteSamples() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/studybot-pictures");
        Files.createDirectories(dir);
        for (Theme theme : Theme.values()) {
            Pictures pictures = new Pictures(theme);
            String t = theme.name().toLowerCase(Locale.ROOT);
            Files.write(dir.resolve("progress-" + t + ".png"), pictures.progress(Samples.progress(7)));
            Files.write(dir.resolve("coverage-" + t + ".png"), pictures.coverage(Samples.coverage(7, 1)));
            Files.write(dir.resolve("coverage-deep-" + t + ".png"), pictures.coverage(Samples.coverage(7, 2)));
            Files.write(dir.resolve("leaderboard-" + t + ".png"), pictures.leaderboard(Samples.leaderboard(3, 12)));
            Files.write(
                    dir.resolve("leaderboard-outside-" + t + ".png"),
                    pictures.leaderboard(Samples.leaderboard(14, 16)));
        }
        writeOdd(dir, new Pictures());
        System.out.println("wrote pictures to " + dir);
    }

    private static void writeOdd(Path dir, Pictures pictures) throws IOException {
        String emoji = "Ana 👩‍💻🔥🇨🇳 ✅";
        String rtl = "مرحبا بالعالم שלום";
        String longName = "很长的名字".repeat(100);
        List<LeaderboardRow> rows = List.of(
                new LeaderboardRow(1, emoji, 10, 1, 1, false),
                new LeaderboardRow(2, rtl, 9, 1, 1, false),
                new LeaderboardRow(3, longName, Long.MAX_VALUE, Integer.MAX_VALUE, 999_999, true),
                new LeaderboardRow(4, "", 0, 0, 0, false),
                new LeaderboardRow(5, "a\u202Eb\u0000c\n\td\uD800e\uE000 ǅ 𠀋 ㈱ 한국어 日本語かな", 0, 0, 0, false));
        Files.write(
                dir.resolve("odd-leaderboard.png"),
                pictures.leaderboard(new LeaderboardCard(longName, emoji, rows, null, rtl, LeaderboardCard.Labels.EN)));
        Files.write(
                dir.resolve("odd-progress.png"),
                pictures.progress(new ProgressCard(
                        emoji,
                        rtl,
                        List.of(
                                ProgressRow.level(longName, 5, 10, 3, OptionalDouble.of(Double.NaN)),
                                ProgressRow.section(emoji, -1, 0, 0, OptionalDouble.of(7)),
                                new ProgressRow(null, null, 1, 1, 2, null)),
                        List.of(longName, "", emoji, "x", "y"),
                        null,
                        null)));
        Files.write(
                dir.resolve("odd-coverage.png"),
                pictures.coverage(new CoverageMap(
                        null,
                        null,
                        List.of(new CoverageLevel(
                                emoji,
                                List.of(
                                        new CoverageCell(
                                                longName, Double.NaN, OptionalDouble.of(Double.NaN), true, true),
                                        new CoverageCell(
                                                rtl, Double.POSITIVE_INFINITY, OptionalDouble.of(-3), false, false)))),
                        null,
                        CoverageMap.Labels.EN)));
        Files.write(
                dir.resolve("empty-leaderboard.png"),
                pictures.leaderboard(new LeaderboardCard("Leaderboard", "This week", List.of(), null, "", null)));
        Files.write(
                dir.resolve("english-progress.png"),
                pictures.progress(
                        new ProgressCard(
                                "Alice",
                                "Go roadmap · 2025-11-26",
                                Samples.progress(3).rows(),
                                List.of("Junior › Computer basics › Operating systems", "Junior › Go basics"),
                                "studybot · /progress",
                                ProgressCard.Labels.EN),
                        Theme.LIGHT));
    }
}
