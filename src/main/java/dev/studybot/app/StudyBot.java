package dev.studybot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.bot.TeamLanguages;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.Messages;
import dev.studybot.content.ContentLocator;
import dev.studybot.progress.Members;
import dev.studybot.progress.ProgressService;
import dev.studybot.progress.StoredTopicProgress;
import dev.studybot.quiz.DailyQuizRoutine;
import dev.studybot.quiz.QuestionCatalog;
import dev.studybot.quiz.QuizService;
import dev.studybot.quiz.Routine;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.search.TopicSearch;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.Database;
import dev.studybot.store.DatabaseOptions;
import dev.studybot.store.SettingsRepository;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TopicStatusRepository;
import dev.studybot.topic.TopicProgress;
import dev.studybot.topic.TopicView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wired bot: configuration, roadmaps, search, storage and the command router, built once per
 * process and shared by every platform adapter.
 */
public final class StudyBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StudyBot.class);

    private final StudybotConfig config;
    private final Clock clock;
    private final RoadmapLibrary library;
    private final TopicSearch search;
    private final Messages messages;
    private final ComponentCodec codec;
    private final TopicView topicView;
    private final TopicProgress topicProgress;
    private final Database database;
    private final Gateways gateways = new Gateways();
    private final CommandRouter router;
    private final ScheduledExecutorService background;
    private final QuestionCatalog questions;
    private final TeamLanguages languages;
    private final QuizService quiz;
    private final DailyQuizRoutine quizRoutine;
    private final ScheduledExecutorService quizTicks;

    /** Wires the bot for this configuration; time comes from {@code clock}. */
    public StudyBot(StudybotConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        ContentLocator locator = ContentLocator.standard(
                config.roadmap().dir().isEmpty()
                        ? Optional.empty()
                        : Optional.of(Path.of(config.roadmap().dir())));
        this.library = RoadmapLibrary.load(locator, config.roadmap().defaultId());
        this.questions = new QuestionCatalog(locator, library);
        library.onReload(questions::reload);
        Ticker ticker = Ticker.systemTicker();
        this.database = Database.open(
                jdbcUrl(config.db()),
                DatabaseOptions.defaults()
                        .withClock(clock)
                        .withPostgresPoolSize(config.db().poolSize()));
        this.search = new TopicSearch(library, ticker, config.cache().searches());
        this.messages = new Messages(Features.BUNDLES);
        this.codec = new ComponentCodec(secret(config, database));
        this.topicView =
                new TopicView(library, messages, codec, ticker, config.cache().topics(), true);
        this.topicProgress = new StoredTopicProgress(
                library,
                new Members(new TeamRepository(database)),
                new TopicStatusRepository(database),
                new ProgressService(new TopicStatusRepository(database), new AnswerRepository(database), clock));
        this.languages =
                new TeamLanguages(new TeamRepository(database), config.bot().locale(), ticker);
        this.quiz = QuizWiring.service(this);
        this.quizRoutine = new DailyQuizRoutine(quiz, gateways, clock);
        AtomicReference<CommandRouter> routerRef = new AtomicReference<>();
        this.router = new CommandRouter(Features.commands(this, routerRef), messages, codec, languages);
        routerRef.set(router);
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "studybot-background");
            thread.setDaemon(true);
            return thread;
        });
        int reload = config.roadmap().reloadSeconds();
        if (reload > 0) {
            background.scheduleWithFixedDelay(this::reloadRoadmaps, reload, reload, TimeUnit.SECONDS);
        }
        this.quizTicks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "studybot-quiz");
            thread.setDaemon(true);
            return thread;
        });
        Routine.Schedule ticks = quizRoutine.createSchedule();
        quizTicks.scheduleAtFixedRate(
                quizRoutine::runRoutine,
                ticks.initialDelay().toMillis(),
                ticks.period().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reloadRoadmaps() {
        try {
            library.refresh().forEach(id -> log.info("roadmap {} reloaded", id));
            if (questions.refresh()) {
                log.info("question bank reloaded");
            }
        } catch (RuntimeException e) {
            log.error("checking the roadmap files failed", e);
        }
    }

    /**
     * The key that signs button ids: from config when set, else made once and kept in the database, so
     * buttons survive a restart and every process sharing the database accepts the others' buttons.
     */
    private static byte[] secret(StudybotConfig config, Database database) {
        if (!config.bot().secret().isEmpty()) {
            return config.bot().secret().getBytes(StandardCharsets.UTF_8);
        }
        String stored = new SettingsRepository(database).getOrCreate("component.secret", () -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        });
        return Base64.getDecoder().decode(stored);
    }

    /** The JDBC URL, with db.user and db.password added for PostgreSQL when they are set. */
    static String jdbcUrl(StudybotConfig.Db db) {
        String url = db.effectiveUrl();
        if (!url.startsWith("jdbc:postgresql:")
                || (db.user().isEmpty() && db.password().isEmpty())) {
            return url;
        }
        StringBuilder full = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        if (!db.user().isEmpty()) {
            full.append("user=").append(URLEncoder.encode(db.user(), StandardCharsets.UTF_8));
        }
        if (!db.password().isEmpty()) {
            full.append(db.user().isEmpty() ? "" : "&")
                    .append("password=")
                    .append(URLEncoder.encode(db.password(), StandardCharsets.UTF_8));
        }
        return full.toString();
    }

    public StudybotConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public RoadmapLibrary library() {
        return library;
    }

    public TopicSearch search() {
        return search;
    }

    public Messages messages() {
        return messages;
    }

    public ComponentCodec codec() {
        return codec;
    }

    public TopicView topicView() {
        return topicView;
    }

    public TopicProgress topicProgress() {
        return topicProgress;
    }

    public Database database() {
        return database;
    }

    public Gateways gateways() {
        return gateways;
    }

    public CommandRouter router() {
        return router;
    }

    /** The curated question bank and the generated questions, loaded on first use. */
    public QuestionCatalog questions() {
        return questions;
    }

    /** The reply language: the team's choice, else the member's. */
    public TeamLanguages languages() {
        return languages;
    }

    public QuizService quiz() {
        return quiz;
    }

    /** The scheduler's routine: runs every minute; tests and the console's {@code /clock} run it at once. */
    public DailyQuizRoutine quizRoutine() {
        return quizRoutine;
    }

    @Override
    public void close() {
        background.shutdownNow();
        quizTicks.shutdownNow();
        quizRoutine.close();
        database.close();
    }
}
