package dev.studybot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.TestRoadmaps;
import dev.studybot.app.ConfigLoader;
import dev.studybot.app.StudyBot;
import dev.studybot.app.StudybotConfig;
import dev.studybot.chat.Caller;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.InvalidComponentException;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import dev.studybot.roadmap.OutlineParser;
import dev.studybot.roadmap.RoadmapFormatException;
import dev.studybot.search.TopicSearch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whatever a user types and whatever a platform sends, the bot answers and does not throw. In the
 * normal test run these replay the seed inputs under {@code src/test/resources/dev/studybot/fuzz/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=InputFuzzTest} fuzzes each for its max duration.
 */
class InputFuzzTest {
    private static final OutlineParser PARSER = new OutlineParser();
    private static final ComponentCodec CODEC =
            new ComponentCodec("fuzz-secret-0123456789".getBytes(StandardCharsets.UTF_8));
    private static TopicSearch search;
    private static CommandRouter router;

    private static synchronized TopicSearch search() {
        if (search == null) {
            search = new TopicSearch(TestRoadmaps.library(), Ticker.systemTicker(), 100);
        }
        return search;
    }

    private static synchronized CommandRouter router() throws Exception {
        if (router == null) {
            Path dir = Files.createTempDirectory("studybot-fuzz");
            StudybotConfig config = new ConfigLoader(Map.of(
                            "STUDYBOT_DB_URL",
                            "jdbc:sqlite:" + dir.resolve("fuzz.db"),
                            "STUDYBOT_ROADMAP_DIR",
                            TestRoadmaps.ROADMAP_DIR.toAbsolutePath().toString(),
                            "STUDYBOT_ROADMAP_RELOAD_SECONDS",
                            "0"))
                    .load(Optional.empty());
            router = new StudyBot(config, Clock.systemUTC()).router();
        }
        return router;
    }

    @FuzzTest(maxDuration = "60s")
    void outlineParserOnlyEverSaysWhatIsWrong(byte[] file) {
        try {
            PARSER.parse("fuzz", "fuzz.txt", file);
        } catch (RoadmapFormatException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.txt:");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void componentIdsAreDecodedOrRefused(String raw) {
        try {
            CODEC.decode(raw);
        } catch (InvalidComponentException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void searchAndAutocompleteNeverThrow(String query) {
        TopicSearch topics = search();
        var roadmap = TestRoadmaps.library().defaultRoadmap();
        assertThat(topics.search(roadmap, query, 10)).hasSizeLessThanOrEqualTo(10);
        assertThat(topics.autocomplete(roadmap, query)).hasSizeLessThanOrEqualTo(25);
    }

    @FuzzTest(maxDuration = "120s")
    void anyCommandOrPressGetsAReply(FuzzedDataProvider data) throws Exception {
        CommandRouter commands = router();
        List<CommandSpec> specs = commands.specs();
        Caller caller = new Caller(
                Platform.CONSOLE,
                "fuzz-team",
                "fuzz",
                "fuzz-channel",
                "u" + data.consumeInt(0, 3),
                data.consumeString(20),
                data.consumeBoolean() ? Locale.ENGLISH : null,
                data.consumeBoolean());
        if (data.consumeBoolean()) {
            Reply reply = commands.press(new ComponentRequest(
                    caller, data.consumeString(120), List.of(data.consumeString(30)), data.consumeString(10)));
            assertNoInternalError(reply);
            return;
        }
        CommandSpec spec = data.pickValue(specs);
        String sub = spec.subcommands().isEmpty() || data.consumeBoolean()
                ? (data.consumeBoolean() ? null : data.consumeString(8))
                : data.pickValue(spec.subcommands()).name();
        Map<String, String> options = new HashMap<>();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            List<String> names =
                    spec.optionsFor(sub).stream().map(o -> o.name()).toList();
            String name = names.isEmpty() || data.consumeBoolean() ? data.consumeString(10) : data.pickValue(names);
            options.put(name, data.consumeString(60));
        }
        Reply reply = commands.dispatch(new CommandRequest(caller, spec.name(), sub, options));
        assertNoInternalError(reply);
    }

    /** The router turns an exception into a polite sentence; for the fuzzer that sentence is a bug found. */
    private static void assertNoInternalError(Reply reply) {
        assertThat(reply).isNotNull();
        for (Reply.Block block : reply.blocks()) {
            if (block instanceof Reply.Notice notice) {
                assertThat(notice.text()).doesNotStartWith("出了点问题").doesNotStartWith("Something went wrong");
            }
        }
    }
}
