package dev.studybot.slack;

import dev.studybot.app.StudyBot;
import dev.studybot.bot.StudybotCommand;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.LocaleResolver;
import dev.studybot.topic.RoadmapCommand;
import dev.studybot.topic.TopicCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The bot's commands, wired as {@code app.Features} wires them, plus extras, each call recorded. */
final class TestRouters {
    private TestRouters() {}

    static CommandRouter build(StudyBot services, Recorder recorder, Command... extra) {
        AtomicReference<CommandRouter> self = new AtomicReference<>();
        List<Command> commands = new ArrayList<>();
        commands.add(new TopicCommand(
                services.library(),
                services.search(),
                services.topicView(),
                services.topicProgress(),
                services.messages(),
                services.codec()));
        commands.add(new RoadmapCommand(services.library(), services.search(), services.messages(), services.codec()));
        commands.add(new StudybotCommand(
                () -> self.get().specs(),
                (platform, name) -> self.get().slashName(platform, name),
                services.library(),
                services.messages(),
                List.of(),
                null));
        commands.addAll(List.of(extra));
        CommandRouter router = new CommandRouter(
                recorder.wrap(commands),
                services.messages(),
                services.codec(),
                LocaleResolver.memberOr(services.config().bot().locale()));
        self.set(router);
        return router;
    }
}
