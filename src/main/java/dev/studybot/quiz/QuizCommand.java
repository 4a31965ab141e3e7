package dev.studybot.quiz;

import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.Caller;
import dev.studybot.chat.Choice;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.SearchHit;
import dev.studybot.search.Suggestion;
import dev.studybot.search.TopicSearch;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizKind;
import dev.studybot.store.QuizSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /quiz}: {@code now}, {@code schedule <time> <zone> [days]}, {@code off} and {@code status}
 * for admins, {@code practice [topic]} for everyone; and the quiz's buttons: answers ({@code
 * quiz:answer:<quiz>:<position>}), practice ({@code quiz:practice:<topic>}, {@code quiz:pa:...}).
 */
public final class QuizCommand implements Command {
    private final QuizService service;
    private final QuizAnswers answers;
    private final PracticeService practice;
    private final RoadmapLibrary library;
    private final TopicSearch search;

    public QuizCommand(
            QuizService service,
            QuizAnswers answers,
            PracticeService practice,
            RoadmapLibrary library,
            TopicSearch search) {
        this.service = service;
        this.answers = answers;
        this.practice = practice;
        this.library = library;
        this.search = search;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                "quiz",
                "cmd.quiz",
                CommandSpec.Subcommand.of(
                        "practice",
                        "cmd.quiz.practice",
                        false,
                        OptionSpec.autocompleted("topic", "cmd.quiz.topic", false)),
                CommandSpec.Subcommand.of("now", "cmd.quiz.now", true),
                CommandSpec.Subcommand.of(
                        "schedule",
                        "cmd.quiz.schedule",
                        true,
                        OptionSpec.text("time", "cmd.quiz.time", true),
                        OptionSpec.text("zone", "cmd.quiz.zone", true),
                        OptionSpec.text("days", "cmd.quiz.days", false)),
                CommandSpec.Subcommand.of("off", "cmd.quiz.off", true),
                CommandSpec.Subcommand.of("status", "cmd.quiz.status", true));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Caller caller = request.caller();
        return switch (request.subcommand()) {
            case "now" -> now(caller);
            case "schedule" -> schedule(request);
            case "off" -> off(caller);
            case "status" -> status(caller);
            case "practice" ->
                practice.question(
                        caller, request.option("topic").map(this::topic).orElse(null));
            default ->
                throw new UserError(
                        "error.subcommand.unknown",
                        "/quiz " + request.subcommand(),
                        "now, schedule, off, status, practice");
        };
    }

    @Override
    public Reply onComponent(ComponentRequest request, ComponentId id) {
        Caller caller = request.caller();
        switch (id.action()) {
            case "answer" -> {
                long quizId;
                int position;
                try {
                    quizId = Long.parseLong(id.arg(0));
                    position = Integer.parseInt(id.arg(1));
                } catch (NumberFormatException e) {
                    throw new UserError("error.component.forged");
                }
                return answers.answer(caller, quizId, position);
            }
            case "practice" -> {
                String topicId = id.arg(0);
                Topic topic = topicId == null || topicId.equals(PracticeService.ANY_TOPIC)
                        ? null
                        : library.defaultRoadmap().byId(topicId).orElse(null);
                return practice.question(caller, topic);
            }
            case "pa" -> {
                return practice.answer(caller, id.args());
            }
            default -> throw new UserError("error.component.unknown");
        }
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (!"topic".equals(request.option())) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (Suggestion suggestion : search.autocomplete(library.defaultRoadmap(), request.partial())) {
            choices.add(new Choice(suggestion.label(), suggestion.topicId()));
        }
        return choices;
    }

    private Topic topic(String query) {
        Roadmap roadmap = library.defaultRoadmap();
        Optional<Topic> direct = search.resolve(roadmap, query);
        if (direct.isPresent()) {
            return direct.get();
        }
        List<SearchHit> hits = search.search(roadmap, query, 1);
        if (hits.isEmpty()) {
            throw new UserError("quiz.topic.notfound", TopicSearch.cut(query, 60));
        }
        return roadmap.byId(hits.get(0).id()).orElseThrow();
    }

    private Reply now(Caller caller) {
        QuizService.Where where = service.where(caller);
        if (!service.canPost(where.team())) {
            throw new UserError("quiz.error.nogateway", caller.platform().id());
        }
        Locale locale = caller.locale();
        QuizViews views = service.views();
        QuizService.PostResult result = service.postNow(where);
        if (result instanceof QuizService.PostResult.Posted posted) {
            return Reply.privateNotice(
                    Reply.Tone.SUCCESS,
                    views.text(
                            locale,
                            posted.quiz().kind() == QuizKind.DAILY ? "quiz.now.daily" : "quiz.now.extra",
                            views.when(posted.closesAt(), where.channel().quiz().zone(), locale)));
        }
        if (result instanceof QuizService.PostResult.Failed failed) {
            return Reply.privateNotice(
                    Reply.Tone.WARNING, views.text(locale, "quiz.error.postfailed", failed.reason()));
        }
        if (result instanceof QuizService.PostResult.NoQuestion) {
            return Reply.privateNotice(
                    Reply.Tone.WARNING,
                    views.text(
                            locale, "quiz.error.nopool", levels(where.channel().quiz())));
        }
        return Reply.privateNotice(Reply.Tone.INFO, views.text(locale, "quiz.now.busy"));
    }

    private Reply schedule(CommandRequest request) {
        String timeText = request.option("time").orElse("");
        String zoneText = request.option("zone").orElse("");
        LocalTime time = ScheduleText.time(timeText).orElseThrow(() -> new UserError("quiz.error.time", timeText));
        ZoneId zone = ScheduleText.zone(zoneText).orElseThrow(() -> new UserError("quiz.error.zone", zoneText));
        Set<DayOfWeek> days = request.option("days")
                .map(text -> ScheduleText.days(text).orElseThrow(() -> new UserError("quiz.error.days", text)))
                .orElse(service.defaults().days());
        QuizService.Where where = service.where(request.caller());
        ChannelSettings saved = service.schedule(where, time, zone, days);
        Locale locale = request.caller().locale();
        QuizViews views = service.views();
        String next =
                service.nextQuiz(saved).map(at -> views.when(at, zone, locale)).orElse("-");
        return Reply.privateNotice(
                Reply.Tone.SUCCESS,
                views.text(
                        locale,
                        "quiz.schedule.done",
                        time.toString(),
                        zone.getId(),
                        ScheduleText.daysCode(days),
                        next));
    }

    private Reply off(Caller caller) {
        QuizService.Where where = service.where(caller);
        boolean stopped = service.off(where);
        return Reply.privateNotice(
                stopped ? Reply.Tone.SUCCESS : Reply.Tone.INFO,
                service.views().text(caller.locale(), stopped ? "quiz.off.done" : "quiz.off.already"));
    }

    private Reply status(Caller caller) {
        QuizService.Where where = service.where(caller);
        Locale locale = caller.locale();
        QuizViews views = service.views();
        ChannelSettings channel = where.channel();
        QuizSettings s = channel.quiz();
        List<Reply.Field> fields = new ArrayList<>();
        fields.add(new Reply.Field(
                views.text(locale, "quiz.status.schedule"),
                s.enabled()
                        ? views.text(
                                locale,
                                "quiz.status.on",
                                s.time().toString(),
                                s.zone().getId(),
                                ScheduleText.daysCode(s.days()))
                        : views.text(locale, "quiz.status.off")));
        fields.add(new Reply.Field(
                views.text(locale, "quiz.status.next"),
                service.nextQuiz(channel)
                        .map(at -> views.when(at, s.zone(), locale))
                        .orElse("-")));
        fields.add(new Reply.Field(views.text(locale, "quiz.status.levels"), levels(s)));
        fields.add(new Reply.Field(
                views.text(locale, "quiz.status.window"),
                views.text(
                        locale,
                        "quiz.status.hours",
                        Duration.ofMinutes(s.windowMinutes()).toHours())));
        fields.add(new Reply.Field(
                views.text(locale, "quiz.status.reveal"),
                views.text(locale, "quiz.reveal." + s.revealMode().code())));
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title(views.text(locale, "quiz.status.title"))
                .fields(fields);
        List<Quiz> open = service.store().quizzes().openQuizzes(channel.id());
        if (open.isEmpty()) {
            reply.text(views.text(locale, "quiz.status.noopen"));
        } else {
            for (Quiz quiz : open) {
                reply.text(views.text(
                        locale,
                        "quiz.status.open",
                        views.title(quiz, locale),
                        service.store().answers().answersOf(quiz.id()).size(),
                        views.when(quiz.closesAt(), s.zone(), locale)));
            }
        }
        if (!service.canPost(where.team())) {
            reply.notice(
                    Reply.Tone.WARNING,
                    views.text(locale, "quiz.error.nogateway", caller.platform().id()));
        }
        return reply.build();
    }

    private String levels(QuizSettings s) {
        return ScheduleText.levelNames(library.defaultRoadmap(), s.levelMin(), s.levelMax());
    }
}
