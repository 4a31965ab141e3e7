package dev.studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.topic.TopicView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An edited roadmap reaches search, autocomplete and the cached topic replies without a restart")
class ReloadedRoadmapTest {
    @TempDir
    Path dir;

    private void write(String text, int secondsLater) throws IOException {
        Path file = dir.resolve("go.txt");
        Files.writeString(file, text);
        // coarse file timestamps: make each edit visibly newer
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    @Test
    @DisplayName(
            "GIVEN a topic searched and shown (so both are cached) WHEN its title is edited in the file and the roadmap reloads THEN search, autocomplete and /topic show the new title")
    void cachesFollowTheReload() throws IOException {
        write("1.初级\n\t1.并发模型：goroutine 与 channel\n\t2.内存管理\n", 0);
        RoadmapLibrary library = RoadmapLibrary.load(new ContentLocator(List.of(dir), null), "go");
        TopicSearch search = new TopicSearch(library, Ticker.systemTicker(), 100);
        TopicView view = new TopicView(
                library,
                new Messages(List.of("i18n/core", "i18n/topic")),
                new ComponentCodec("reload-test-secret-0123456789".getBytes(StandardCharsets.UTF_8)),
                Ticker.systemTicker(),
                100,
                false);
        Roadmap before = library.defaultRoadmap();
        assertThat(search.search(before, "并发", 5)).extracting(SearchHit::title).containsExactly("并发模型");
        assertThat(text(view.render(before, before.byId("1.1").orElseThrow(), Messages.ZH)))
                .contains("并发模型");
        assertThat(view.cachedCount()).isEqualTo(1);

        write("1.初级\n\t1.并发调度：GMP 模型\n\t2.内存管理\n", 5);
        assertThat(library.refresh()).containsExactly("go");

        Roadmap after = library.defaultRoadmap();
        assertThat(view.cachedCount())
                .as("cached topic replies after the reload")
                .isZero();
        assertThat(search.search(after, "并发", 5)).extracting(SearchHit::title).containsExactly("并发调度");
        assertThat(search.autocomplete(after, "并发"))
                .extracting(Suggestion::label)
                .anySatisfy(label -> assertThat(label).contains("并发调度"));
        assertThat(text(view.render(after, after.byId("1.1").orElseThrow(), Messages.ZH)))
                .contains("并发调度")
                .contains("GMP 模型")
                .doesNotContain("并发模型");
    }

    /** Everything the reply carries (title, breadcrumb, notes, buttons), as its record components print. */
    private static String text(Reply reply) {
        return reply.toString();
    }
}
