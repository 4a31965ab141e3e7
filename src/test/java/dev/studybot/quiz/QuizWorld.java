package dev.studybot.quiz;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.chat.Caller;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.LocaleResolver;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.search.TopicSearch;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.RevealMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bot "process" for quiz tests, wired as the app wires it but small: the mini roadmap (two
 * levels, 20 curated and 9 generated questions), a database, the test's clock, and a {@link
 * FakeGateway} standing for Discord. Several worlds on one database are several processes; a new
 * world on the same database is a restart.
 */
final class QuizWorld {
    static final ContentLocator LOCATOR = QuizFixtures.locator(null);
    static final RoadmapLibrary LIBRARY = RoadmapLibrary.load(LOCATOR, "mini");
    /** Shared by every world: the questions do not change, and building them once keeps tests quick. */
    static final QuestionCatalog CATALOG = new QuestionCatalog(LOCATOR, LIBRARY);

    static final TopicSearch SEARCH = new TopicSearch(LIBRARY, Ticker.systemTicker(), 100);
    static final Messages MESSAGES = new Messages(List.of("i18n/core", "i18n/topic", "i18n/quiz"));
    static final ComponentCodec CODEC =
            new ComponentCodec("quiz-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
    static final String GUILD = "guild-1";
    static final String CHANNEL = "quiz-channel";

    private static final AtomicInteger PROCESSES = new AtomicInteger();

    final Database db;
    final MutableClock clock;
    final FakeGateway gateway;
    /** This process's name in the quizzes' claims. */
    final String processId;

    final QuizService service;
    final QuizAnswers answers;
    final DailyQuizRoutine routine;
    final CommandRouter router;
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    QuizWorld(Database db, MutableClock clock, FakeGateway gateway, QuizDefaults defaults) {
        this.db = db;
        this.clock = clock;
        this.gateway = gateway;
        Gateways gateways = new Gateways();
        gateways.register(Platform.DISCORD, gateway);
        this.processId = "test-process-" + PROCESSES.incrementAndGet();
        this.service = new QuizService(
                QuizStore.of(db), CATALOG, gateways, MESSAGES, CODEC, defaults, clock, processId, waits::add);
        this.answers = new QuizAnswers(service);
        this.routine = new DailyQuizRoutine(service, gateways, clock);
        this.router = new CommandRouter(
                List.of(new QuizCommand(service, answers, new PracticeService(service, CODEC), LIBRARY, SEARCH)),
                MESSAGES,
                CODEC,
                LocaleResolver.memberOr(Messages.ZH));
    }

    QuizWorld(Database db, MutableClock clock, FakeGateway gateway) {
        this(db, clock, gateway, defaults(ZoneId.of("UTC"), 42));
    }

    /** The configured defaults of these tests: 09:30 every day, 8 hours to answer, 2 hours of grace. */
    static QuizDefaults defaults(ZoneId zone, long seed) {
        return new QuizDefaults(
                LocalTime.of(9, 30),
                zone,
                EnumSet.allOf(DayOfWeek.class),
                1,
                2,
                Duration.ofHours(8),
                Duration.ofHours(2),
                RevealMode.CLOSE,
                seed,
                new Scoring(10, List.of(3, 2, 1), 1, 5),
                Messages.ZH);
    }

    /** A member of the test's guild in its quiz channel. */
    static Caller caller(String guild, String channel, String name, boolean admin) {
        return new Caller(
                Platform.DISCORD,
                guild,
                "Gophers " + guild,
                channel,
                "u-" + name,
                name,
                Locale.forLanguageTag("zh"),
                admin);
    }

    Reply command(Caller caller, String subcommand, Map<String, String> options) {
        return router.dispatch(new CommandRequest(caller, "quiz", subcommand, options));
    }

    Reply press(Caller caller, String componentId) {
        return router.press(new ComponentRequest(caller, componentId, List.of(), null));
    }

    /** Runs one scheduler tick now. */
    void tick() {
        routine.runRoutine();
    }

    /** Runs ticks every {@code step} until {@code total} has passed (the clock moves with them). */
    void run(Duration total, Duration step) {
        for (Duration passed = Duration.ZERO; passed.compareTo(total) < 0; passed = passed.plus(step)) {
            clock.advance(step);
            tick();
        }
    }

    void close() {
        routine.close();
    }

    /** Everything a reply says, as one text: title, breadcrumb, blocks, buttons and footer. */
    static String text(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (reply.title() != null) {
            out.append(reply.title()).append('\n');
        }
        if (reply.breadcrumb() != null) {
            out.append(reply.breadcrumb()).append('\n');
        }
        for (Reply.Block block : reply.blocks()) {
            if (block instanceof Reply.Text t) {
                out.append(t.heading() == null ? "" : t.heading() + "\n")
                        .append(t.body())
                        .append('\n');
            } else if (block instanceof Reply.Code c) {
                out.append(c.code()).append('\n');
            } else if (block instanceof Reply.Notice n) {
                out.append(n.text()).append('\n');
            } else if (block instanceof Reply.Fields f) {
                f.fields().forEach(field -> out.append(field.label())
                        .append(": ")
                        .append(field.value())
                        .append('\n'));
            }
        }
        reply.buttons().forEach(b -> out.append('[').append(b.label()).append("]\n"));
        if (reply.footer() != null) {
            out.append(reply.footer()).append('\n');
        }
        return out.toString();
    }
}
