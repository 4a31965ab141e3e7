package dev.studybot.discord;

import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the router's {@link CommandSpec}s into Discord slash commands: the same names in every
 * language, descriptions in Chinese (the default) with zh-CN and en-US localizations, options typed
 * and marked for autocomplete, usable in servers only. A command whose every use is for admins gets
 * Manage Server as its default member permission, so Discord hides it from others; Discord cannot set
 * that per subcommand, so a command that mixes member and admin subcommands stays visible and the
 * router refuses the admin ones when they run.
 */
final class SlashCommands {
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    /** The permission that makes a member an admin of the bot on Discord. */
    static final Permission ADMIN_PERMISSION = Permission.MANAGE_SERVER;

    private static final int DESCRIPTION_MAX = 100;
    private static final int CHOICES_MAX = 25;

    private SlashCommands() {}

    /** Every spec as a slash command; a spec Discord would refuse is left out and logged. */
    static List<SlashCommandData> from(List<CommandSpec> specs, Messages messages) {
        List<SlashCommandData> commands = new ArrayList<>();
        for (CommandSpec spec : specs) {
            try {
                commands.add(command(spec, messages));
            } catch (IllegalArgumentException | IllegalStateException e) {
                log.error("/{} cannot be registered on Discord and was left out: {}", spec.name(), e.getMessage());
            }
        }
        return commands;
    }

    static SlashCommandData command(CommandSpec spec, Messages messages) {
        SlashCommandData command =
                Commands.slash(spec.name(), description(messages, Messages.ZH, spec.descriptionKey(), spec.name()));
        localize(
                spec.name(),
                spec.descriptionKey(),
                messages,
                command::setNameLocalization,
                command::setDescriptionLocalization);
        command.setContexts(InteractionContextType.GUILD);
        command.setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        if (adminOnly(spec)) {
            command.setDefaultPermissions(DefaultMemberPermissions.enabledFor(ADMIN_PERMISSION));
        }
        if (spec.subcommands().isEmpty()) {
            command.addOptions(options(spec.options(), messages));
        } else {
            for (CommandSpec.Subcommand sub : spec.subcommands()) {
                SubcommandData data = new SubcommandData(
                        sub.name(), description(messages, Messages.ZH, sub.descriptionKey(), sub.name()));
                localize(
                        sub.name(),
                        sub.descriptionKey(),
                        messages,
                        data::setNameLocalization,
                        data::setDescriptionLocalization);
                data.addOptions(options(sub.options(), messages));
                command.addSubcommands(data);
            }
        }
        return command;
    }

    /** Whether every way to run the command needs admin rights: only then can Discord hide it. */
    static boolean adminOnly(CommandSpec spec) {
        if (spec.subcommands().isEmpty()) {
            return spec.admin();
        }
        return spec.subcommands().stream().allMatch(sub -> spec.adminFor(sub.name()));
    }

    private static List<OptionData> options(List<OptionSpec> specs, Messages messages) {
        List<OptionData> options = new ArrayList<>();
        // Discord wants required options first; keep the spec's order otherwise
        List<OptionSpec> ordered = new ArrayList<>(specs);
        ordered.sort(Comparator.comparing(option -> !option.required()));
        for (OptionSpec spec : ordered) {
            OptionType type =
                    switch (spec.type()) {
                        case STRING -> OptionType.STRING;
                        case INTEGER -> OptionType.INTEGER;
                        case USER -> OptionType.USER;
                    };
            OptionData option = new OptionData(
                    type,
                    spec.name(),
                    description(messages, Messages.ZH, spec.descriptionKey(), spec.name()),
                    spec.required());
            localize(
                    spec.name(),
                    spec.descriptionKey(),
                    messages,
                    option::setNameLocalization,
                    option::setDescriptionLocalization);
            if (!spec.choices().isEmpty() && spec.choices().size() <= CHOICES_MAX && type == OptionType.STRING) {
                for (String choice : spec.choices()) {
                    option.addChoice(choice, choice);
                }
            } else if (spec.autocomplete() && type != OptionType.USER) {
                option.setAutoComplete(true);
            }
            options.add(option);
        }
        return options;
    }

    private interface Localizer {
        Object set(DiscordLocale locale, String text);
    }

    /** The same name in both languages (commands are the same everywhere), each description in its own. */
    private static void localize(
            String name, String descriptionKey, Messages messages, Localizer names, Localizer descriptions) {
        names.set(DiscordLocale.CHINESE_CHINA, name);
        names.set(DiscordLocale.ENGLISH_US, name);
        descriptions.set(DiscordLocale.CHINESE_CHINA, description(messages, Messages.ZH, descriptionKey, name));
        descriptions.set(DiscordLocale.ENGLISH_US, description(messages, Messages.EN, descriptionKey, name));
    }

    static String description(Messages messages, Locale locale, String key, String fallback) {
        String text = messages.get(locale, key);
        if (text == null || text.isBlank()) {
            text = fallback;
        }
        text = text.strip().replace('\n', ' ');
        return Markdown.truncate(text, DESCRIPTION_MAX);
    }
}
