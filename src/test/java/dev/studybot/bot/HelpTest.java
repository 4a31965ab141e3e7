package dev.studybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.TestConfigs;
import dev.studybot.app.StudyBot;
import dev.studybot.chat.Caller;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/studybot help: every command once, and the admin ones say so once")
class HelpTest {
    @Test
    @DisplayName(
            "GIVEN the bot's commands WHEN a member asks for help in Chinese or English THEN each admin command's line names admins exactly once, as its picker description does")
    void adminCommandsSaySoOnce() {
        try (StudyBot bot = new StudyBot(TestConfigs.isolated(), Clock.systemUTC())) {
            Messages messages = bot.messages();
            for (Locale locale : new Locale[] {Messages.ZH, Messages.EN}) {
                String marker = locale.equals(Messages.ZH) ? "管理员" : "admins";
                Reply reply = bot.router()
                        .dispatch(new CommandRequest(
                                new Caller(Platform.CONSOLE, "t", "team", "c", "u1", "Ann", locale, false),
                                "studybot",
                                "help",
                                Map.of()));
                String help = reply.blocks().stream()
                        .filter(Reply.Text.class::isInstance)
                        .map(block -> ((Reply.Text) block).body())
                        .collect(Collectors.joining("\n"));
                int adminLines = 0;
                for (CommandSpec spec : bot.router().specs()) {
                    for (CommandSpec.Subcommand sub : spec.subcommands()) {
                        String description = messages.get(locale, sub.descriptionKey());
                        String line = help.lines()
                                .filter(l -> l.startsWith("/" + spec.name() + " " + sub.name()))
                                .findFirst()
                                .orElseThrow(() -> new AssertionError(
                                        "help lacks /" + spec.name() + " " + sub.name() + ":\n" + help));
                        assertThat(line).endsWith(" — " + description);
                        if (spec.adminFor(sub.name())) {
                            adminLines++;
                            assertThat(description).as(sub.descriptionKey()).contains(marker);
                            assertThat(line.split(marker, -1)).as(line).hasSize(2);
                        }
                    }
                }
                assertThat(adminLines).as("admin subcommands in help").isGreaterThanOrEqualTo(5);
            }
        }
    }
}
