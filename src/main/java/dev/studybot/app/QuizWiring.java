package dev.studybot.app;

import dev.studybot.bot.ConfigSubcommand;
import dev.studybot.bot.StudybotCommand;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRouter;
import dev.studybot.quiz.PracticeService;
import dev.studybot.quiz.QuizAnswers;
import dev.studybot.quiz.QuizCommand;
import dev.studybot.quiz.QuizDefaults;
import dev.studybot.quiz.QuizService;
import dev.studybot.quiz.QuizStore;
import dev.studybot.quiz.Scoring;
import dev.studybot.quiz.Sleeper;
import dev.studybot.store.RevealMode;
import dev.studybot.store.TeamRepository;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The daily quiz wired from the config: its defaults, its service, {@code /quiz} and {@code /studybot config}. */
final class QuizWiring {
    private QuizWiring() {}

    /** The quiz's settings from {@code quiz:} and {@code scoring:}. */
    static QuizDefaults defaults(StudybotConfig config) {
        StudybotConfig.Quiz quiz = config.quiz();
        StudybotConfig.Scoring scoring = config.scoring();
        int[] levels = quiz.levelRange();
        return new QuizDefaults(
                quiz.localTime(),
                quiz.zoneId(),
                quiz.dayOfWeeks(),
                levels[0],
                levels[1],
                Duration.ofHours(quiz.windowHours()),
                Duration.ofMinutes(quiz.graceMinutes()),
                RevealMode.fromCode(quiz.reveal()),
                quiz.seed(),
                new Scoring(scoring.correct(), scoring.firstBonuses(), scoring.streakStep(), scoring.streakCap()),
                config.bot().locale());
    }

    /** A name for this process in quiz claims: its pid and a random part, new at every start. */
    static String processId() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }

    static QuizService service(StudyBot bot) {
        return new QuizService(
                QuizStore.of(bot.database()),
                bot.questions(),
                bot.gateways(),
                bot.messages(),
                bot.codec(),
                defaults(bot.config()),
                bot.clock(),
                processId(),
                Sleeper.REAL);
    }

    /** {@code /quiz}: the daily quiz and practice. */
    static Command quizCommand(StudyBot bot) {
        QuizService service = bot.quiz();
        return new QuizCommand(
                service,
                new QuizAnswers(service),
                new PracticeService(service, bot.codec()),
                bot.library(),
                bot.search());
    }

    /** {@code /studybot}: help, and {@code config} for the team's language and the channel's quiz. */
    static Command studybotCommand(StudyBot bot, AtomicReference<CommandRouter> router) {
        return new StudybotCommand(
                () -> router.get().specs(),
                (platform, name) -> router.get().slashName(platform, name),
                bot.library(),
                bot.messages(),
                List.of(ConfigSubcommand.spec()),
                new ConfigSubcommand(
                        bot.quiz(),
                        new TeamRepository(bot.database()),
                        bot.languages(),
                        bot.library(),
                        bot.messages()));
    }
}
