package dev.studybot;

import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.OutlineParser;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapFormatException;
import dev.studybot.roadmap.RoadmapLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real Go roadmap, parsed once for every test that needs it. */
public final class TestRoadmaps {
    public static final Path ROADMAP_DIR = Path.of("roadmap");
    private static Roadmap go;

    private TestRoadmaps() {}

    /** The bundled Go roadmap as the parser reads it (no errata). */
    public static synchronized Roadmap go() {
        if (go == null) {
            try {
                go = new OutlineParser()
                        .parse(
                                "go-roadmap",
                                "go-roadmap.txt",
                                Files.readAllBytes(ROADMAP_DIR.resolve("go-roadmap.txt")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RoadmapFormatException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return go;
    }

    /** A library over the repository's roadmap folder only (nothing bundled), with errata. */
    public static RoadmapLibrary library() {
        return RoadmapLibrary.load(new ContentLocator(List.of(ROADMAP_DIR), null), "go-roadmap");
    }
}
