package dev.studybot.quiz;

import dev.studybot.chat.Caller;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.PracticeAttempt;
import dev.studybot.store.ReviewState;
import dev.studybot.store.Team;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * {@code /quiz practice [topic]}: a private question for one member, picked by SM-2 from their own
 * history ({@link PracticePicker}), and their answer to it: it updates their review state and adds a
 * practice attempt (what mastery reads), together, and gives no points. The answer buttons carry the
 * question, the option order and when it was asked, so a second press on the same question is told it
 * was answered and changes nothing.
 */
public final class PracticeService {
    /** The topic argument of a practice button that names none. */
    static final String ANY_TOPIC = "*";

    private static final int DUE_LIMIT = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final QuizService service;
    private final QuizStore store;
    private final QuizViews views;
    private final ComponentCodec codec;
    private final SecureRandom seeds = new SecureRandom();

    public PracticeService(QuizService service, ComponentCodec codec) {
        this.service = Objects.requireNonNull(service, "service");
        this.store = service.store();
        this.views = service.views();
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** A practice question for the caller, leaning to {@code topic}'s subtree when one is given. */
    public Reply question(Caller caller, Topic topic) {
        Locale locale = caller.locale();
        Team team = service.team(caller);
        long userId = store.teams().upsertUser(team.id(), caller.userId(), caller.userName());
        QuestionPool pool = service.catalog().pool();
        Roadmap roadmap = pool.roadmap();
        Instant now = service.clock().instant();
        List<ReviewState> due = store.reviews().due(userId, roadmap.id(), now, DUE_LIMIT);
        Random random = random(userId, now);
        Optional<PracticePicker.Pick> pick = PracticePicker.pick(
                pool, due, store.reviews().reviewedQuestionIds(userId, roadmap.id()), topic, random);
        if (pick.isEmpty()) {
            Optional<ReviewState> next = store.reviews().nextDue(userId, roadmap.id());
            if (next.isEmpty()) {
                throw new UserError("quiz.practice.empty");
            }
            return Reply.privateNotice(
                    Reply.Tone.INFO,
                    views.text(
                            locale, "quiz.practice.none", views.when(next.get().dueAt(), zone(team), locale)));
        }
        Question question = pick.get().question();
        List<Integer> order = QuizPicker.shuffledOptions(random);
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE).title(views.text(locale, "quiz.practice.title"));
        views.header(reply, question, roadmap, locale);
        reply.notice(
                Reply.Tone.INFO,
                views.text(
                        locale,
                        pick.get().reason() == PracticePicker.Reason.DUE ? "quiz.practice.due" : "quiz.practice.new"));
        if (topic != null && pick.get().scope() != topic) {
            reply.notice(
                    Reply.Tone.INFO,
                    views.text(
                            locale,
                            "quiz.practice.wider",
                            topic.title(),
                            pick.get().scope() == null
                                    ? roadmap.title()
                                    : pick.get().scope().title()));
        }
        views.body(reply, question, locale);
        String orderCode = code(order);
        String asked = Long.toString(now.toEpochMilli(), 36);
        String scope = topic == null ? ANY_TOPIC : topic.id();
        List<Reply.Button> buttons = new ArrayList<>();
        for (int position = 0; position < Question.OPTIONS; position++) {
            String label = Question.letter(position) + ". " + QuizViews.option(question, order.get(position), locale);
            buttons.add(new Reply.Button(
                    answerId(question.id(), orderCode, asked, scope, position),
                    dev.studybot.search.TopicSearch.cut(label, QuizViews.MAX_LABEL)));
        }
        reply.buttons(buttons);
        reply.footer(views.text(locale, "quiz.practice.footer"));
        return reply.build();
    }

    private String answerId(String questionId, String order, String asked, String scope, int position) {
        try {
            return codec.encode("quiz", "pa", questionId, order, asked, scope, Integer.toString(position));
        } catch (IllegalArgumentException tooLong) {
            return codec.encode("quiz", "pa", questionId, order, asked, ANY_TOPIC, Integer.toString(position));
        }
    }

    /**
     * The caller's answer to a practice question: {@code quiz:pa:<question>:<order>:<asked>:<topic>:<position>}.
     */
    public Reply answer(Caller caller, List<String> args) {
        Locale locale = caller.locale();
        if (args.size() != 5) {
            throw new UserError("error.component.forged");
        }
        QuestionPool pool = service.catalog().pool();
        Question question = pool.byId(args.get(0)).orElseThrow(() -> new UserError("quiz.question.gone"));
        List<Integer> order = order(args.get(1));
        Instant asked;
        int position;
        try {
            asked = Instant.ofEpochMilli(Long.parseLong(args.get(2), 36));
            position = Integer.parseInt(args.get(4));
        } catch (NumberFormatException e) {
            throw new UserError("error.component.forged");
        }
        if (position < 0 || position >= Question.OPTIONS) {
            throw new UserError("error.component.forged");
        }
        Team team = service.team(caller);
        long userId = store.teams().upsertUser(team.id(), caller.userId(), caller.userName());
        Roadmap roadmap = pool.roadmap();
        int option = order.get(position);
        boolean correct = option == question.answer();
        Instant now = service.clock().instant();
        ReviewState next =
                reviewed(store.reviews().get(userId, roadmap.id(), question.id()), userId, question, correct, now);
        boolean recorded = store.reviews()
                .recordPractice(
                        next,
                        new PracticeAttempt(0, userId, roadmap.id(), question.id(), question.topicId(), correct, now),
                        asked);
        if (!recorded) {
            return Reply.privateNotice(Reply.Tone.INFO, views.text(locale, "quiz.practice.already"));
        }
        int rightPosition = order.indexOf(question.answer());
        String right = Question.letter(rightPosition) + ". " + QuizViews.option(question, question.answer(), locale);
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title(views.text(locale, "quiz.practice.title"))
                .replaceOriginal(true);
        views.header(reply, question, roadmap, locale);
        views.body(reply, question, locale);
        reply.notice(
                correct ? Reply.Tone.SUCCESS : Reply.Tone.DANGER,
                correct
                        ? views.text(locale, "quiz.practice.right", right)
                        : views.text(locale, "quiz.practice.wrong", Question.letter(position), right));
        reply.text(views.text(locale, "quiz.explanation"), QuizViews.explanation(question, locale));
        reply.notice(
                Reply.Tone.INFO,
                views.text(
                        locale,
                        "quiz.practice.next",
                        next.intervalDays(),
                        DAY.format(next.dueAt().atZone(zone(team)))));
        reply.buttons(List.of(new Reply.Button(
                codec.encode("quiz", "practice", args.get(3)),
                views.text(locale, "quiz.practice.again"),
                Reply.Tone.SUCCESS,
                false)));
        reply.footer(views.text(locale, "quiz.practice.footer"));
        return reply.build();
    }

    /**
     * The member's review state after answering the question (daily quiz or practice): SM-2 with
     * quality {@link SpacedRepetition#RIGHT} or {@link SpacedRepetition#WRONG}, due again that many
     * days after the answer.
     */
    static ReviewState reviewed(
            Optional<ReviewState> current, long userId, Question question, boolean correct, Instant at) {
        SpacedRepetition.State before = current.map(
                        s -> new SpacedRepetition.State(s.repetitions(), s.intervalDays(), s.ease(), s.lapses()))
                .orElse(SpacedRepetition.State.fresh());
        SpacedRepetition.State after =
                SpacedRepetition.review(before, correct ? SpacedRepetition.RIGHT : SpacedRepetition.WRONG);
        return new ReviewState(
                userId,
                question.roadmapId(),
                question.id(),
                question.topicId(),
                after.repetitions(),
                after.intervalDays(),
                after.ease(),
                after.lapses(),
                at.plus(Duration.ofDays(after.intervalDays())),
                at);
    }

    private ZoneId zone(Team team) {
        return store.teams().quizZone(team.id()).orElse(service.defaults().zone());
    }

    private Random random(long userId, Instant now) {
        long seed = service.defaults().seed();
        return seed == 0 ? new Random(seeds.nextLong()) : new Random(seed * 31 + userId * 17 + now.toEpochMilli());
    }

    private static String code(List<Integer> order) {
        StringBuilder out = new StringBuilder();
        order.forEach(out::append);
        return out.toString();
    }

    private static List<Integer> order(String code) {
        if (code == null || !code.matches("[0-3]{4}")) {
            throw new UserError("error.component.forged");
        }
        List<Integer> order = new ArrayList<>();
        for (char c : code.toCharArray()) {
            int option = c - '0';
            if (order.contains(option)) {
                throw new UserError("error.component.forged");
            }
            order.add(option);
        }
        return order;
    }
}
