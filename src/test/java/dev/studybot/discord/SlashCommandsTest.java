package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    private static final Messages MESSAGES = new Messages(List.of("i18n/core", "i18n/topic"));

    private static final CommandSpec TOPIC = CommandSpec.of(
            "topic",
            "cmd.topic",
            OptionSpec.choice("status", "cmd.topic.status", false, List.of("done", "learning", "skipped")),
            OptionSpec.autocompleted("query", "cmd.topic.query", true));

    @Test
    @DisplayName(
            "GIVEN /topic's spec WHEN registered THEN names stay the same and descriptions come in zh-CN and en-US")
    void localizesDescriptions() {
        SlashCommandData topic = SlashCommands.command(TOPIC, MESSAGES);

        assertThat(topic.getName()).isEqualTo("topic");
        assertThat(topic.getDescription()).isEqualTo(MESSAGES.get(Messages.ZH, "cmd.topic"));
        assertThat(topic.getNameLocalizations().toMap())
                .containsEntry(DiscordLocale.CHINESE_CHINA, "topic")
                .containsEntry(DiscordLocale.ENGLISH_US, "topic");
        assertThat(topic.getDescriptionLocalizations().toMap())
                .containsEntry(DiscordLocale.CHINESE_CHINA, MESSAGES.get(Messages.ZH, "cmd.topic"))
                .containsEntry(DiscordLocale.ENGLISH_US, MESSAGES.get(Messages.EN, "cmd.topic"));
        assertThat(MESSAGES.get(Messages.EN, "cmd.topic")).isNotEqualTo(MESSAGES.get(Messages.ZH, "cmd.topic"));
        assertThat(topic.getContexts()).containsExactly(InteractionContextType.GUILD);
        assertThat(topic.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED);
    }

    @Test
    @DisplayName(
            "GIVEN options WHEN registered THEN required ones come first, query autocompletes and status offers its choices")
    void translatesOptions() {
        List<OptionData> options = SlashCommands.command(TOPIC, MESSAGES).getOptions();

        assertThat(options).extracting(OptionData::getName).containsExactly("query", "status");
        assertThat(options.get(0).isAutoComplete()).isTrue();
        assertThat(options.get(0).isRequired()).isTrue();
        assertThat(options.get(0).getDescriptionLocalizations().toMap())
                .containsEntry(DiscordLocale.ENGLISH_US, MESSAGES.get(Messages.EN, "cmd.topic.query"));
        assertThat(options.get(1).getChoices())
                .extracting(c -> c.getAsString())
                .containsExactly("done", "learning", "skipped");
        assertThat(options.get(1).isAutoComplete()).isFalse();
    }

    @Test
    @DisplayName("GIVEN a member option WHEN registered THEN Discord offers a member picker")
    void memberOptionIsAUser() {
        CommandSpec progress =
                CommandSpec.of("progress", "cmd.progress", OptionSpec.member("member", "cmd.progress.member", false));

        assertThat(SlashCommands.command(progress, MESSAGES).getOptions().get(0).getType())
                .isEqualTo(OptionType.USER);
    }

    @Test
    @DisplayName(
            "GIVEN admin-only commands WHEN registered THEN Manage Server is their default permission; mixed ones stay visible")
    void adminCommandsNeedManageServer() {
        CommandSpec adminOnly = new CommandSpec("purge", "cmd.purge", true, List.of(), List.of());
        CommandSpec allAdmin = CommandSpec.withSubcommands(
                "quizadmin",
                "cmd.quiz",
                CommandSpec.Subcommand.of("now", "cmd.quiz.now", true),
                CommandSpec.Subcommand.of("off", "cmd.quiz.off", true));
        CommandSpec mixed = CommandSpec.withSubcommands(
                "quiz",
                "cmd.quiz",
                CommandSpec.Subcommand.of(
                        "practice", "cmd.quiz.practice", false, OptionSpec.text("topic", "cmd.quiz.topic", false)),
                CommandSpec.Subcommand.of("now", "cmd.quiz.now", true));

        DefaultMemberPermissions manageServer = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        assertThat(SlashCommands.command(adminOnly, MESSAGES).getDefaultPermissions())
                .isEqualTo(manageServer);
        assertThat(SlashCommands.command(allAdmin, MESSAGES).getDefaultPermissions())
                .isEqualTo(manageServer);
        SlashCommandData quiz = SlashCommands.command(mixed, MESSAGES);
        assertThat(quiz.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED);
        assertThat(quiz.getSubcommands()).extracting(s -> s.getName()).containsExactly("practice", "now");
        assertThat(quiz.getSubcommands().get(0).getOptions())
                .extracting(OptionData::getName)
                .containsExactly("topic");
    }

    @Test
    @DisplayName("GIVEN a spec Discord would refuse WHEN registering all THEN it alone is left out")
    void leavesOutInvalidSpecs() {
        CommandSpec invalid = CommandSpec.of("Bad Name", "cmd.bad");

        List<SlashCommandData> commands = SlashCommands.from(List.of(invalid, TOPIC), MESSAGES);

        assertThat(commands).extracting(SlashCommandData::getName).containsExactly("topic");
    }

    @Test
    @DisplayName("GIVEN a missing or long description WHEN registered THEN it falls back to the name or is cut to 100")
    void descriptionsFitDiscord() {
        assertThat(SlashCommands.description(MESSAGES, Messages.EN, "", "drill"))
                .isEqualTo("drill");
        assertThat(SlashCommands.description(new Messages(List.of()), Messages.EN, "x".repeat(150), "drill"))
                .hasSize(100);
    }
}
