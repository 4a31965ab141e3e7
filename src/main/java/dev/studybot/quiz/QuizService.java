package dev.studybot.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.chat.Caller;
import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.Messages;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.store.Answer;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.ClaimResult;
import dev.studybot.store.Platform;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizChannel;
import dev.studybot.store.QuizKind;
import dev.studybot.store.QuizSettings;
import dev.studybot.store.QuizState;
import dev.studybot.store.Team;
import dev.studybot.store.TopicDayResult;
import dev.studybot.store.TopicMark;
import dev.studybot.store.TopicStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily channel quiz: a channel's schedule, posting a quiz (claimed in the database first, so
 * one process posts it once), closing it and revealing the answer, and what the scheduler does for a
 * channel on each tick. Answers are {@link QuizAnswers}'s; practice is {@link PracticeService}'s.
 */
public final class QuizService {
    /** How long a claim holds a quiz for the process posting it; longer than the slowest bounded post. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** How far back a tick looks for a missed daily quiz to post late or record as skipped. */
    static final int LOOK_BACK_DAYS = 7;

    /** A post at most this late counts as on time, whatever the grace window: one tick of the scheduler. */
    static final Duration ON_TIME = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(QuizService.class);

    private final QuizStore store;
    private final QuestionCatalog catalog;
    private final Gateways gateways;
    private final QuizViews views;
    private final QuizDefaults defaults;
    private final Clock clock;
    private final String processId;
    private final Poster poster;
    private final SecureRandom seeds = new SecureRandom();
    /** Short-lived copies of settings other processes may change; they expire by the injected clock. */
    private final Cache<Long, ChannelSettings> channels;

    private final Cache<Long, Team> teams;

    /**
     * @param processId names this process in claims: unique per running bot, so a restart or a second
     *     process never mistakes another's claim for its own
     * @param sleeper how to wait out a platform's retry-after
     */
    public QuizService(
            QuizStore store,
            QuestionCatalog catalog,
            Gateways gateways,
            Messages messages,
            dev.studybot.chat.ComponentCodec codec,
            QuizDefaults defaults,
            Clock clock,
            String processId,
            Sleeper sleeper) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.views = new QuizViews(messages, codec);
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.processId = Objects.requireNonNull(processId, "processId");
        this.poster = new Poster(sleeper);
        // the caches age with the service's clock, so a test (or the console's /clock) that moves time sees them expire
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.channels = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(10))
                .build();
        this.teams = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofMinutes(5))
                .build();
    }

    /** A team and one of its channels, as the store knows them. */
    public record Where(Team team, ChannelSettings channel) {}

    /** What posting a quiz gave. */
    public sealed interface PostResult {
        /** Posted and open until {@code closesAt}. */
        record Posted(Quiz quiz, Instant closesAt) implements PostResult {}

        /** Another process (or an earlier tick) has the day's quiz. */
        record Taken(Quiz quiz) implements PostResult {}

        /** The platform did not take the post; the quiz stays claimable and a later tick tries again. */
        record Failed(String reason) implements PostResult {}

        /** No question is in the channel's level range. */
        record NoQuestion() implements PostResult {}
    }

    QuizDefaults defaults() {
        return defaults;
    }

    QuizViews views() {
        return views;
    }

    QuestionCatalog catalog() {
        return catalog;
    }

    QuizStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    // ---- who and where ----

    /** The caller's team and channel rows, made on first sight (a new channel gets the configured defaults). */
    public Where where(Caller caller) {
        Team team = team(caller);
        ChannelSettings channel = store.teams()
                .upsertChannel(team.id(), caller.channelId(), caller.channelId(), defaults.channelSettings());
        return new Where(team, channel);
    }

    /** The caller's team row. */
    public Team team(Caller caller) {
        String name = caller.teamName().isBlank() ? caller.teamId() : caller.teamName();
        return store.teams().upsertTeam(Platform.fromCode(caller.platform().id()), caller.teamId(), name);
    }

    ChannelSettings channel(long channelId) {
        return channels.get(
                channelId,
                id -> store.teams().findChannel(id).orElseThrow(() -> new IllegalStateException("no channel " + id)));
    }

    Team team(long teamId) {
        return teams.get(
                teamId, id -> store.teams().findTeam(id).orElseThrow(() -> new IllegalStateException("no team " + id)));
    }

    /** The language of the team's channel posts: its chosen one, else the configured default. */
    public Locale locale(Team team) {
        return team.language()
                .map(Locale::forLanguageTag)
                .map(Messages::supported)
                .orElse(Messages.supported(defaults.language()));
    }

    static ChannelRef ref(Team team, ChannelSettings channel) {
        return new ChannelRef(
                dev.studybot.chat.Platform.fromId(team.platform().code()), team.externalId(), channel.externalId());
    }

    // ---- settings ----

    /** Turns the channel's daily quiz on at this time, zone and days; it starts with the next due time. */
    public ChannelSettings schedule(Where where, LocalTime time, ZoneId zone, Set<DayOfWeek> days) {
        QuizSettings next = where.channel().quiz().scheduledAt(time, zone, days);
        ChannelSettings saved =
                store.teams().scheduleQuiz(where.channel().id(), next).orElseThrow();
        channels.invalidate(saved.id());
        return saved;
    }

    /** Turns the channel's daily quiz off, keeping its settings; false if it was off already. */
    public boolean off(Where where) {
        QuizSettings now = where.channel().quiz();
        if (!now.enabled()) {
            return false;
        }
        change(where, QuizSettings::off);
        return true;
    }

    /** Changes the channel's quiz settings (levels, window, reveal mode); the schedule keeps running. */
    public ChannelSettings change(Where where, UnaryOperator<QuizSettings> edit) {
        ChannelSettings saved = store.teams()
                .updateQuizSettings(
                        where.channel().id(), edit.apply(where.channel().quiz()))
                .orElseThrow();
        channels.invalidate(saved.id());
        return saved;
    }

    /** When the channel's next daily quiz is due, if its quiz is on. */
    public Optional<Instant> nextQuiz(ChannelSettings channel) {
        QuizSettings s = channel.quiz();
        if (!s.enabled() || s.days().isEmpty()) {
            return Optional.empty();
        }
        QuizSchedule schedule = new QuizSchedule(s.time(), s.zone(), s.days());
        Instant now = clock.instant();
        Instant after = channel.quizSince() != null && channel.quizSince().isAfter(now) ? channel.quizSince() : now;
        return Optional.of(schedule.nextAfter(after).due());
    }

    // ---- posting ----

    /**
     * {@code /quiz now}: today's daily quiz if the channel has not had it yet, else an extra one. Any
     * quiz still open in the channel is closed and revealed first.
     */
    public PostResult postNow(Where where) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(where.channel().quiz().zone()).toLocalDate();
        Optional<Quiz> daily = store.quizzes().findDaily(where.channel().id(), today);
        if (daily.isEmpty() || claimable(daily.get(), now)) {
            PostResult result = post(where.team(), where.channel(), QuizKind.DAILY, today, now);
            if (!(result instanceof PostResult.Taken)) {
                return result;
            }
        }
        return post(where.team(), where.channel(), QuizKind.EXTRA, today, now);
    }

    private static boolean claimable(Quiz quiz, Instant now) {
        return quiz.state() == QuizState.FAILED
                || (quiz.state() == QuizState.CLAIMED
                        && quiz.claimExpiresAt() != null
                        && quiz.claimExpiresAt().isBefore(now));
    }

    /** Whether this process has a gateway to the team's platform. */
    public boolean canPost(Team team) {
        return gateway(team).isPresent();
    }

    /**
     * Whether this process serves the channel: it has a gateway to the team's platform and that gateway
     * sees the channel (on Discord, the guild lies on one of this process's shards). The scheduler
     * leaves the other channels, their posts and their reveals, to the process that serves them.
     */
    public boolean serves(Team team, ChannelSettings channel) {
        return gateway(team).map(g -> g.serves(ref(team, channel))).orElse(false);
    }

    private Optional<ChatGateway> gateway(Team team) {
        return gateways.get(dev.studybot.chat.Platform.fromId(team.platform().code()));
    }

    PostResult post(Team team, ChannelSettings channel, QuizKind kind, LocalDate date, Instant scheduledAt) {
        ChatGateway gateway = gateway(team)
                .orElseThrow(() ->
                        new UserError("quiz.error.nogateway", team.platform().code()));
        QuestionPool pool = catalog.pool();
        Roadmap roadmap = pool.roadmap();
        List<String> asked = store.quizzes().askedQuestionIds(channel.id());
        Random random = random(channel.id(), date, kind, asked.size());
        QuizSettings settings = channel.quiz();
        Optional<Question> picked = QuizPicker.pick(
                pool, settings.levelMin(), settings.levelMax(), asked, knowledge(team, roadmap), random);
        if (picked.isEmpty()) {
            log.warn(
                    "no question in levels {}-{} for channel {}",
                    settings.levelMin(),
                    settings.levelMax(),
                    channel.id());
            return new PostResult.NoQuestion();
        }
        Question question = picked.get();
        QuestionPick pick =
                new QuestionPick(roadmap.id(), question.id(), question.topicId(), QuizPicker.shuffledOptions(random));
        Quiz quiz;
        if (kind == QuizKind.DAILY) {
            ClaimResult claim = store.quizzes().claimDaily(channel.id(), date, pick, processId, scheduledAt, LEASE);
            if (claim instanceof ClaimResult.AlreadyTaken taken) {
                return new PostResult.Taken(taken.quiz());
            }
            quiz = claim.quiz();
        } else {
            quiz = store.quizzes().createExtra(channel.id(), date, pick, processId, scheduledAt, LEASE);
        }
        for (Quiz open : store.quizzes().openQuizzes(channel.id())) {
            closeAndReveal(open, team, channel);
        }
        Instant closesAt = clock.instant().plus(Duration.ofMinutes(settings.windowMinutes()));
        Reply reply = views.post(quiz, question, roadmap, locale(team), settings.zone(), closesAt);
        String messageId;
        try {
            messageId = poster.post(gateway, ref(team, channel), reply);
        } catch (PostException e) {
            store.quizzes().markFailed(quiz.id(), processId);
            log.warn(
                    "posting quiz {} to channel {} failed ({}); it stays claimable: {}",
                    quiz.id(),
                    channel.externalId(),
                    e.permanent() ? "permanent" : "may pass",
                    e.getMessage());
            return new PostResult.Failed(e.getMessage());
        }
        if (!store.quizzes().markPosted(quiz.id(), processId, messageId, clock.instant(), closesAt)) {
            log.error(
                    "quiz {} was posted as message {} but its claim had passed to another process",
                    quiz.id(),
                    messageId);
        }
        log.info("posted {} quiz {} ({}) to channel {}", kind.code(), quiz.id(), question.id(), channel.externalId());
        return new PostResult.Posted(store.quizzes().find(quiz.id()).orElse(quiz), closesAt);
    }

    /**
     * The picks' randomness: from the configured seed, the channel, the date and how many quizzes the
     * channel had, so a seed gives the same picks and option orders every run; fresh when the seed is 0.
     */
    Random random(long channelId, LocalDate date, QuizKind kind, int asked) {
        if (defaults.seed() == 0) {
            return new Random(seeds.nextLong());
        }
        long h = defaults.seed();
        for (long part : new long[] {channelId, date.toEpochDay(), kind.ordinal(), asked}) {
            h = h * 0x9E3779B97F4A7C15L + part;
            h ^= h >>> 31;
        }
        return new Random(h);
    }

    /**
     * How well the team knows each section: its answers per topic and, per member, the topics their
     * status makes done (own mark, else the nearest marked ancestor's, as {@code /progress} reads it).
     */
    TeamKnowledge knowledge(Team team, Roadmap roadmap) {
        TeamKnowledge.Builder knowledge =
                TeamKnowledge.builder(roadmap, store.teams().countUsers(team.id()));
        for (TopicDayResult result : store.answers().teamResultsByDay(team.id(), roadmap.id())) {
            knowledge.answers(result.topicId(), result.answered(), result.correct());
        }
        Map<Long, Map<String, TopicStatus>> byMember = new HashMap<>();
        for (TopicMark mark : store.statuses().teamMarks(team.id(), roadmap.id())) {
            byMember.computeIfAbsent(mark.userId(), id -> new HashMap<>()).put(mark.topicId(), mark.status());
        }
        byMember.values().forEach(knowledge::member);
        return knowledge.build();
    }

    // ---- closing ----

    /**
     * Closes an open quiz and reveals it: edits the post (or, if the edit fails, follows it up) with
     * the answer, the explanation, the topic and the results. Only the call that closed it reveals,
     * so two processes never reveal twice; false when another did.
     */
    public boolean closeAndReveal(Quiz quiz, Team team, ChannelSettings channel) {
        Instant now = clock.instant();
        if (!store.quizzes().close(quiz.id(), now)) {
            return false;
        }
        Optional<ChatGateway> gateway = gateway(team);
        if (gateway.isEmpty()) {
            log.warn(
                    "quiz {} closed without a reveal: no gateway to {}",
                    quiz.id(),
                    team.platform().code());
            return true;
        }
        Locale locale = locale(team);
        ZoneId zone = channel.quiz().zone();
        QuestionPool pool = catalog.pool();
        QuizViews.Result result = result(quiz);
        Optional<Question> question = pool.byId(quiz.questionId());
        Reply reveal = question.isPresent() && quiz.optionsOrder().size() == Question.OPTIONS
                ? views.reveal(quiz, question.get(), pool.roadmap(), locale, zone, now, result)
                : views.revealWithoutQuestion(quiz, locale, zone, now, result);
        ChannelRef ref = ref(team, channel);
        try {
            if (quiz.messageId() == null) {
                throw PostException.permanent("the quiz has no message to edit", null);
            }
            poster.edit(gateway.get(), ref, quiz.messageId(), reveal);
        } catch (PostException edit) {
            log.warn(
                    "editing quiz {} for its reveal failed ({}); posting the reveal instead",
                    quiz.id(),
                    edit.getMessage());
            try {
                poster.post(gateway.get(), ref, reveal);
            } catch (PostException post) {
                log.error("the reveal of quiz {} could not be posted either: {}", quiz.id(), post.getMessage());
            }
        }
        log.info("closed and revealed quiz {} in channel {}", quiz.id(), channel.externalId());
        return true;
    }

    /** How many answered, how many right, and the first three right answers' names (in the order they came). */
    QuizViews.Result result(Quiz quiz) {
        List<Answer> answers = new ArrayList<>(store.answers().answersOf(quiz.id()));
        answers.sort(Comparator.comparingLong(Answer::id));
        List<String> first = new ArrayList<>();
        int right = 0;
        for (Answer answer : answers) {
            if (answer.correct()) {
                right++;
                if (first.size() < 3) {
                    store.teams().findUser(answer.userId()).ifPresent(m -> first.add(m.displayName()));
                }
            }
        }
        return new QuizViews.Result(answers.size(), right, first);
    }

    // ---- the scheduler's work ----

    /**
     * Closes and reveals the open quizzes whose answer window has passed, in the platform's channels that
     * this process serves; another process's quizzes are left to it, as only it can edit their posts.
     */
    public void closeDue(Platform platform, Instant now) {
        for (Quiz quiz : store.quizzes().dueToClose(now)) {
            ChannelSettings channel = channel(quiz.channelId());
            Team team = team(channel.teamId());
            if (team.platform() == platform && serves(team, channel)) {
                try {
                    closeAndReveal(quiz, team, channel);
                } catch (RuntimeException e) {
                    log.error("closing quiz {} failed", quiz.id(), e);
                }
            }
        }
    }

    /**
     * One tick for one channel: posts a daily quiz that is due (late, if still inside the grace
     * window) and records as skipped one missed beyond it. A day claimed by a live process is left
     * to that process; a day whose post failed is tried again.
     */
    public void tick(QuizChannel target, Instant now) {
        ChannelSettings channel = target.channel();
        QuizSettings settings = channel.quiz();
        if (!settings.enabled() || settings.days().isEmpty()) {
            return;
        }
        QuizSchedule schedule = new QuizSchedule(settings.time(), settings.zone(), settings.days());
        LocalDate today = schedule.localDate(now);
        Map<LocalDate, Quiz> known = new HashMap<>();
        for (Quiz quiz : store.quizzes().dailiesFrom(channel.id(), today.minusDays(LOOK_BACK_DAYS))) {
            known.put(quiz.localDate(), quiz);
        }
        Duration grace = defaults.grace().compareTo(ON_TIME) < 0 ? ON_TIME : defaults.grace();
        for (LocalDate date = today.minusDays(LOOK_BACK_DAYS); !date.isAfter(today); date = date.plusDays(1)) {
            Optional<Instant> due = schedule.on(date);
            if (due.isEmpty() || due.get().isAfter(now)) {
                continue;
            }
            if (channel.quizSince() != null && due.get().isBefore(channel.quizSince())) {
                continue;
            }
            Quiz existing = known.get(date);
            if (existing != null && !claimable(existing, now)) {
                continue;
            }
            if (!now.isAfter(due.get().plus(grace))) {
                PostResult result = post(target.team(), channel, QuizKind.DAILY, date, due.get());
                if (result instanceof PostResult.Posted posted
                        && now.isAfter(due.get().plus(ON_TIME))) {
                    log.info(
                            "quiz {} of {} posted late, inside the grace window",
                            posted.quiz().id(),
                            date);
                }
            } else {
                Quiz skipped = store.quizzes().markSkipped(channel.id(), date, due.get());
                if (skipped.state() == QuizState.SKIPPED) {
                    log.warn(
                            "daily quiz of {} in channel {} missed beyond the grace window: skipped",
                            date,
                            channel.externalId());
                }
            }
        }
    }
}
