package dev.studybot.quiz;

import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small bank fixtures under src/test/resources/quiz: {@code base} is a roadmap (mini.txt, two
 * levels) with a bank that passes every rule; each {@code cases/<name>} adds or replaces one file of
 * it to break one rule.
 */
final class QuizFixtures {
    static final Path ROOT = Path.of("src/test/resources/quiz");
    static final Path BASE = ROOT.resolve("base");

    private QuizFixtures() {}

    /** The case's files over the base bank (a case file hides a base file of the same name). */
    static ContentLocator locator(String caseName) {
        return caseName == null
                ? new ContentLocator(List.of(BASE), null)
                : new ContentLocator(List.of(ROOT.resolve("cases").resolve(caseName), BASE), null);
    }

    static Roadmap mini() {
        return RoadmapLibrary.load(locator(null), "mini").defaultRoadmap();
    }

    static QuestionBank bank(String caseName) {
        return QuestionBank.load(locator(caseName), mini());
    }

    static BankReport report(String caseName) {
        return new BankValidator().validate(bank(caseName));
    }

    /** Copies the base roadmap folder, then the case's files over it, into {@code dir}. */
    static Path copy(String caseName, Path dir) {
        copyTree(BASE, dir);
        if (caseName != null) {
            copyTree(ROOT.resolve("cases").resolve(caseName), dir);
        }
        return dir;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
