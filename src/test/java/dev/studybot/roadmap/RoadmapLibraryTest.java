package dev.studybot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.content.ContentLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The roadmap library loads every roadmap of a folder and reloads edited files")
class RoadmapLibraryTest {
    @TempDir
    Path dir;

    private void write(String name, String text, int secondsLater) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        // file systems with coarse timestamps: make each edit visibly newer
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    @Test
    @DisplayName("GIVEN two roadmaps WHEN loaded THEN both are served and the default is the configured one")
    void severalRoadmaps() throws IOException {
        write("go.txt", "1.Go\n", 0);
        write("rust.txt", "1.Rust\n", 0);
        RoadmapLibrary library = RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "rust");
        assertThat(library.all()).extracting(Roadmap::id).containsExactlyInAnyOrder("go", "rust");
        assertThat(library.defaultRoadmap().roots().get(0).title()).isEqualTo("Rust");
    }

    @Test
    @DisplayName("GIVEN an edited file WHEN refreshed THEN the new version is served and listeners hear of it")
    void reload() throws IOException {
        write("go.txt", "1.Go\n", 0);
        RoadmapLibrary library = RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "go");
        List<String> heard = new ArrayList<>();
        library.onReload(r -> heard.add(r.roots().get(0).title()));
        assertThat(library.refresh()).isEmpty();
        write("go.txt", "1.Go 2\n", 5);
        assertThat(library.refresh()).containsExactly("go");
        assertThat(library.defaultRoadmap().roots().get(0).title()).isEqualTo("Go 2");
        assertThat(heard).containsExactly("Go 2");
    }

    @Test
    @DisplayName(
            "GIVEN an edit that breaks the file WHEN refreshed THEN the old version stays and the problem is reported")
    void malformedReloadKeepsOld() throws IOException {
        write("go.txt", "1.Go\n", 0);
        RoadmapLibrary library = RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "go");
        write("go.txt", "1.Go\n\t\t\t1.too deep\n", 5);
        assertThat(library.refresh()).isEmpty();
        assertThat(library.defaultRoadmap().roots().get(0).title()).isEqualTo("Go");
        assertThat(library.problems().get("go")).contains("go.txt:2: indented 3 tabs deeper");
        write("go.txt", "1.Go fixed\n", 10);
        assertThat(library.refresh()).containsExactly("go");
        assertThat(library.problems()).isEmpty();
        assertThat(library.defaultRoadmap().roots().get(0).title()).isEqualTo("Go fixed");
    }

    @Test
    @DisplayName(
            "GIVEN errata beside a roadmap WHEN loaded THEN the topics carry them; an erratum for a missing topic is left out")
    void errata() throws IOException {
        write("go.txt", "1.Go\n\t1.map\n", 0);
        write("go.errata.yaml", "errata:\n  - topic: \"1.1\"\n    text: 更正：不是红黑树。\n", 0);
        RoadmapLibrary library = RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "go");
        assertThat(library.defaultRoadmap().byId("1.1").orElseThrow().errata()).containsExactly("更正：不是红黑树。");
        write("go.errata.yaml", "errata:\n  - topic: \"9.9\"\n    text: x\n  - topic: \"1\"\n    text: y\n", 5);
        assertThat(library.refresh()).containsExactly("go");
        assertThat(library.problems()).isEmpty();
        assertThat(library.defaultRoadmap().byId("1").orElseThrow().errata()).containsExactly("y");
        assertThat(library.defaultRoadmap().byId("1.1").orElseThrow().errata()).isEmpty();
        write("go.errata.yaml", "errata: [", 10);
        library.refresh();
        assertThat(library.problems().get("go")).contains("go.errata.yaml").contains("not valid YAML");
        assertThat(library.defaultRoadmap().byId("1").orElseThrow().errata()).containsExactly("y");
    }

    @Test
    @DisplayName("GIVEN no readable default roadmap WHEN loading THEN start-up stops with a sentence")
    void missingDefault() throws IOException {
        write("go.txt", "", 0);
        assertThatThrownBy(() -> RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "go"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The roadmap go cannot be read")
                .hasMessageContaining("the outline is empty");
        assertThatThrownBy(() -> RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "python"))
                .hasMessageContaining("No roadmap named python was found");
    }

    @Test
    @DisplayName(
            "GIVEN the bundled copy and a folder WHEN listing THEN the folder's file wins and bundled files fill in")
    void bundledFallback() throws IOException {
        // the build copies roadmap/ into target/classes/bundled/roadmap
        write("go-roadmap.txt", "1.Local override\n", 0);
        ContentLocator locator = new ContentLocator(List.of(dir), ContentLocator.BUNDLED_ROOT);
        RoadmapLibrary library = RoadmapLibrary.load(locator, "go-roadmap");
        assertThat(library.defaultRoadmap().roots().get(0).title()).isEqualTo("Local override");
        RoadmapLibrary bundled =
                RoadmapLibrary.load(new ContentLocator(List.of(), ContentLocator.BUNDLED_ROOT), "go-roadmap");
        assertThat(bundled.defaultRoadmap().size()).isEqualTo(435);
    }
}
