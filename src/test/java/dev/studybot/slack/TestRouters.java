package dev.studybot.slack;

import dev.studybot.app.Features;
import dev.studybot.app.StudyBot;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The bot's commands, as {@code app.Features} registers them, plus extras, each call recorded. */
final class TestRouters {
    private TestRouters() {}

    static CommandRouter build(StudyBot services, Recorder recorder, Command... extra) {
        AtomicReference<CommandRouter> self = new AtomicReference<>();
        List<Command> commands = new ArrayList<>(Features.commands(services, self));
        commands.addAll(List.of(extra));
        CommandRouter router =
                new CommandRouter(recorder.wrap(commands), services.messages(), services.codec(), services.languages());
        self.set(router);
        return router;
    }
}
