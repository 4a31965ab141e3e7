package dev.studybot.app;

import dev.studybot.bot.StudybotCommand;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRouter;
import dev.studybot.topic.RoadmapCommand;
import dev.studybot.topic.TopicCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Every feature of the bot, registered in one place: this file shows the whole bot. */
final class Features {
    /** The message bundles, one per feature, under {@code i18n/}. */
    static final List<String> BUNDLES =
            List.of("i18n/core", "i18n/topic", "i18n/console", "i18n/discord", "i18n/slack");

    private Features() {}

    static List<Command> commands(StudyBot services, AtomicReference<CommandRouter> router) {
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
                () -> router.get().specs(),
                (platform, name) -> router.get().slashName(platform, name),
                services.library(),
                services.messages(),
                List.of(),
                null));
        return commands;
    }
}
