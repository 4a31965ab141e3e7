package dev.studybot.bot;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * {@code /studybot help}: every command with what it does, and where the roadmap comes from. Other
 * subcommands ({@code config}) are added by the features that own the settings.
 */
public final class StudybotCommand implements Command {
    private final Supplier<List<CommandSpec>> specs;
    private final BiFunction<Platform, String, String> slashName;
    private final RoadmapLibrary library;
    private final Messages messages;
    private final List<CommandSpec.Subcommand> extra;
    private final SubcommandHandler handler;

    /** Handles the subcommands other than {@code help}. */
    @FunctionalInterface
    public interface SubcommandHandler {
        Reply handle(CommandRequest request);
    }

    /**
     * @param specs every registered command, read when help is asked for
     * @param slashName how a platform spells a command ({@code /study-topic} on Slack)
     * @param extra subcommands besides {@code help} (such as {@code config}); may be empty
     * @param handler runs the extra subcommands; ignored when there are none
     */
    public StudybotCommand(
            Supplier<List<CommandSpec>> specs,
            BiFunction<Platform, String, String> slashName,
            RoadmapLibrary library,
            Messages messages,
            List<CommandSpec.Subcommand> extra,
            SubcommandHandler handler) {
        this.specs = specs;
        this.slashName = slashName;
        this.library = library;
        this.messages = messages;
        this.extra = List.copyOf(extra);
        this.handler = handler;
    }

    @Override
    public CommandSpec spec() {
        List<CommandSpec.Subcommand> subcommands = new ArrayList<>();
        subcommands.add(CommandSpec.Subcommand.of("help", "cmd.studybot.help", false));
        subcommands.addAll(extra);
        return new CommandSpec("studybot", "cmd.studybot", false, List.of(), subcommands);
    }

    @Override
    public Reply execute(CommandRequest request) {
        if ("help".equals(request.subcommand())) {
            return help(request.caller().locale(), request.caller().platform());
        }
        if (handler == null) {
            throw new UserError("error.subcommand.unknown", "/studybot " + request.subcommand(), "help");
        }
        return handler.handle(request);
    }

    private Reply help(Locale locale, Platform platform) {
        Roadmap roadmap = library.defaultRoadmap();
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title(messages.get(locale, "help.title"))
                .text(messages.get(locale, "help.intro"));
        StringBuilder lines = new StringBuilder();
        for (CommandSpec spec : specs.get()) {
            if (spec.subcommands().isEmpty()) {
                append(
                        lines,
                        usage(slashName.apply(platform, spec.name()), spec.options()),
                        messages.get(locale, spec.descriptionKey()));
            } else {
                for (CommandSpec.Subcommand sub : spec.subcommands()) {
                    append(
                            lines,
                            usage(slashName.apply(platform, spec.name()) + " " + sub.name(), sub.options()),
                            messages.get(locale, sub.descriptionKey()));
                }
            }
        }
        reply.text(messages.get(locale, "help.commands"), lines.toString());
        reply.text(messages.get(locale, "help.roadmap", roadmap.title(), roadmap.author(), roadmap.size()));
        return reply.build();
    }

    private static void append(StringBuilder lines, String usage, String description) {
        if (lines.length() > 0) {
            lines.append('\n');
        }
        // an admin command's description says so, as the platforms' command pickers show it too
        lines.append(usage).append(" — ").append(description);
    }

    private static String usage(String name, List<OptionSpec> options) {
        StringBuilder usage = new StringBuilder(name);
        for (OptionSpec option : options) {
            usage.append(' ')
                    .append(option.required() ? "<" : "[")
                    .append(option.name())
                    .append(option.required() ? ">" : "]");
        }
        return usage.toString();
    }
}
