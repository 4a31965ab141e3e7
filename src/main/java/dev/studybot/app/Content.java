package dev.studybot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.search.TopicSearch;
import java.nio.file.Path;
import java.util.Optional;

/** The roadmaps and their search, without a database: what the read-only CLI commands need. */
record Content(StudybotConfig config, ContentLocator locator, RoadmapLibrary library, TopicSearch search) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The named roadmap, or the default one when {@code roadmapId} is null. */
    Roadmap roadmap(String roadmapId) {
        if (roadmapId == null) {
            return library.defaultRoadmap();
        }
        return library.get(roadmapId)
                .orElseThrow(() -> new CliProblem("There is no roadmap named " + roadmapId + "; the roadmaps are: "
                        + library.all().stream().map(Roadmap::id).toList() + "."));
    }

    static Content load() {
        StudybotConfig config = Main.config();
        ContentLocator locator = ContentLocator.standard(
                config.roadmap().dir().isEmpty()
                        ? Optional.empty()
                        : Optional.of(Path.of(config.roadmap().dir())));
        RoadmapLibrary library = RoadmapLibrary.load(locator, config.roadmap().defaultId());
        return new Content(config, locator, library, new TopicSearch(library, Ticker.systemTicker(), 100));
    }
}
