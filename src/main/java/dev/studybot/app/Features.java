package dev.studybot.app;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRouter;
import dev.studybot.leaderboard.LeaderboardCommand;
import dev.studybot.leaderboard.LeaderboardService;
import dev.studybot.progress.CoverageService;
import dev.studybot.progress.Members;
import dev.studybot.progress.ProgressCommand;
import dev.studybot.progress.ProgressService;
import dev.studybot.progress.TeamCommand;
import dev.studybot.render.Pictures;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.Database;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TopicStatusRepository;
import dev.studybot.topic.RoadmapCommand;
import dev.studybot.topic.TopicCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Every feature of the bot, registered in one place: this file shows the whole bot. */
public final class Features {
    /** The message bundles, one per feature, under {@code i18n/}. */
    static final List<String> BUNDLES = List.of(
            "i18n/core",
            "i18n/topic",
            "i18n/console",
            "i18n/discord",
            "i18n/slack",
            "i18n/progress",
            "i18n/leaderboard",
            "i18n/quiz");

    private Features() {}

    /** Every command, in registration order; {@code router} is set once the router over them is built. */
    public static List<Command> commands(StudyBot services, AtomicReference<CommandRouter> router) {
        List<Command> commands = new ArrayList<>();
        commands.add(new TopicCommand(
                services.library(),
                services.search(),
                services.topicView(),
                services.topicProgress(),
                services.messages(),
                services.codec()));
        commands.add(new RoadmapCommand(services.library(), services.search(), services.messages(), services.codec()));
        commands.add(QuizWiring.quizCommand(services));
        commands.addAll(progressCommands(services));
        commands.add(QuizWiring.studybotCommand(services, router));
        return commands;
    }

    /** {@code /progress}, {@code /team} and {@code /leaderboard}, reading what the quiz and topics store. */
    private static List<Command> progressCommands(StudyBot services) {
        Database db = services.database();
        Members members = new Members(new TeamRepository(db));
        TopicStatusRepository statuses = new TopicStatusRepository(db);
        AnswerRepository answers = new AnswerRepository(db);
        Pictures pictures = new Pictures();
        return List.of(
                new ProgressCommand(
                        services.library(),
                        members,
                        new ProgressService(statuses, answers, services.clock()),
                        pictures,
                        services.messages()),
                new TeamCommand(
                        services.library(),
                        members,
                        new CoverageService(new TeamRepository(db), statuses, answers, services.clock()),
                        pictures,
                        services.messages()),
                new LeaderboardCommand(
                        members,
                        new LeaderboardService(
                                new ScoreRepository(db),
                                new TeamRepository(db),
                                services.config().quiz().zoneId(),
                                services.clock()),
                        pictures,
                        services.messages()));
    }
}
