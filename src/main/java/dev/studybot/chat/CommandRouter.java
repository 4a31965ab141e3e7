package dev.studybot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point every adapter calls: checks a command against its spec (subcommand, options,
 * admin rights), decodes component ids, picks the reply language, and turns every failure into a
 * private sentence. Nothing a user types and nothing a platform sends makes it throw.
 */
public final class CommandRouter {
    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<Platform, UnaryOperator<String>> slashNames = new ConcurrentHashMap<>();
    private final Messages messages;
    private final ComponentCodec codec;
    private final LocaleResolver locales;

    public CommandRouter(List<Command> commands, Messages messages, ComponentCodec codec, LocaleResolver locales) {
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.spec().name(), command) != null) {
                throw new IllegalArgumentException(
                        "two commands named " + command.spec().name());
            }
        }
        this.messages = messages;
        this.codec = codec;
        this.locales = locales;
    }

    /**
     * Tells the router how a platform spells a command ({@code topic} is {@code /study-topic} on
     * Slack, which keeps {@code /topic} for itself), so help and refusals name what the member types.
     */
    public void nameCommands(Platform platform, UnaryOperator<String> slashName) {
        slashNames.put(platform, slashName);
    }

    /** The command as a member types it on a platform, with its slash: {@code /topic}. */
    public String slashName(Platform platform, String command) {
        UnaryOperator<String> naming = slashNames.get(platform);
        return naming == null ? "/" + command : naming.apply(command);
    }

    /** Every command's spec, in registration order: what adapters register and help lists. */
    public List<CommandSpec> specs() {
        return commands.values().stream().map(Command::spec).toList();
    }

    public Messages messages() {
        return messages;
    }

    public ComponentCodec codec() {
        return codec;
    }

    /** The caller with the locale the reply will be written in. */
    public Caller localized(Caller caller) {
        Locale locale = locales.resolve(caller);
        return new Caller(
                caller.platform(),
                caller.teamId(),
                caller.teamName(),
                caller.channelId(),
                caller.userId(),
                caller.userName(),
                locale,
                caller.admin());
    }

    /** Runs a slash command. */
    public Reply dispatch(CommandRequest raw) {
        Caller caller;
        try {
            caller = localized(raw.caller());
        } catch (RuntimeException e) {
            log.error("cannot resolve the language for {}", raw.caller(), e);
            caller = raw.caller();
        }
        Locale locale = caller.locale() == null ? Messages.ZH : caller.locale();
        Command command = commands.get(raw.command());
        if (command == null) {
            return refusal(locale, "error.command.unknown", slashName(caller.platform(), raw.command()));
        }
        CommandSpec spec = command.spec();
        try {
            String sub = raw.subcommand();
            if (!spec.subcommands().isEmpty()) {
                if (sub == null || sub.isBlank()) {
                    return refusal(
                            locale, "error.subcommand.missing", label(caller, spec, null), subcommandNames(spec));
                }
                if (spec.subcommand(sub).isEmpty()) {
                    return refusal(locale, "error.subcommand.unknown", label(caller, spec, sub), subcommandNames(spec));
                }
            } else if (sub != null && !sub.isBlank()) {
                return refusal(locale, "error.subcommand.none", label(caller, spec, null));
            }
            Map<String, String> options = new LinkedHashMap<>();
            List<OptionSpec> allowed = spec.optionsFor(sub);
            for (Map.Entry<String, String> option : raw.options().entrySet()) {
                OptionSpec optionSpec = allowed.stream()
                        .filter(o -> o.name().equals(option.getKey()))
                        .findFirst()
                        .orElse(null);
                if (optionSpec == null) {
                    return refusal(
                            locale,
                            "error.option.unknown",
                            option.getKey(),
                            label(caller, spec, sub),
                            optionNames(allowed));
                }
                String value =
                        option.getValue() == null ? "" : option.getValue().strip();
                if (!optionSpec.choices().isEmpty()
                        && !value.isEmpty()
                        && !optionSpec.choices().contains(value)) {
                    return refusal(
                            locale,
                            "error.option.choice",
                            option.getKey(),
                            value,
                            String.join(", ", optionSpec.choices()));
                }
                if (optionSpec.type() == OptionSpec.Type.INTEGER && !value.isEmpty() && !value.matches("-?\\d{1,9}")) {
                    return refusal(locale, "error.option.integer", option.getKey(), value);
                }
                options.put(option.getKey(), value);
            }
            for (OptionSpec optionSpec : allowed) {
                String value = options.get(optionSpec.name());
                if (optionSpec.required() && (value == null || value.isBlank())) {
                    return refusal(locale, "error.option.missing", optionSpec.name(), label(caller, spec, sub));
                }
            }
            if (spec.adminFor(sub) && !caller.admin()) {
                return refusal(locale, "error.admin.only", label(caller, spec, sub));
            }
            return command.execute(new CommandRequest(caller, raw.command(), sub, options));
        } catch (UserError e) {
            return refusal(locale, e.key(), e.args());
        } catch (RuntimeException e) {
            log.error("/{} failed for {}", raw.command(), caller, e);
            return refusal(locale, "error.internal");
        }
    }

    /** Handles a button press or select pick. */
    public Reply press(ComponentRequest raw) {
        Caller caller;
        try {
            caller = localized(raw.caller());
        } catch (RuntimeException e) {
            log.error("cannot resolve the language for {}", raw.caller(), e);
            caller = raw.caller();
        }
        Locale locale = caller.locale() == null ? Messages.ZH : caller.locale();
        ComponentId id;
        try {
            id = codec.decode(raw.rawId());
        } catch (InvalidComponentException e) {
            log.info("refused component id from {} ({}): {}", caller.userId(), e.reason(), raw.rawId());
            return refusal(
                    locale,
                    switch (e.reason()) {
                        case STALE -> "error.component.stale";
                        case FORGED, MALFORMED -> "error.component.forged";
                    });
        }
        Command command = commands.get(id.feature());
        if (command == null) {
            return refusal(locale, "error.component.stale");
        }
        try {
            return command.onComponent(new ComponentRequest(caller, raw.rawId(), raw.values(), raw.messageId()), id);
        } catch (UserError e) {
            return refusal(locale, e.key(), e.args());
        } catch (RuntimeException e) {
            log.error("component {} failed for {}", raw.rawId(), caller, e);
            return refusal(locale, "error.internal");
        }
    }

    /** Choices for a partly typed option; empty rather than an error when anything goes wrong. */
    public List<Choice> autocomplete(AutocompleteRequest raw) {
        Command command = commands.get(raw.command());
        if (command == null) {
            return List.of();
        }
        try {
            List<Choice> choices = command.autocomplete(
                    new AutocompleteRequest(localized(raw.caller()), raw.command(), raw.option(), raw.partial()));
            return choices.size() > 25 ? new ArrayList<>(choices.subList(0, 25)) : choices;
        } catch (RuntimeException e) {
            log.error("autocomplete for /{} failed", raw.command(), e);
            return List.of();
        }
    }

    private Reply refusal(Locale locale, String key, Object... args) {
        return Reply.privateNotice(Reply.Tone.WARNING, messages.get(locale, key, args));
    }

    private String label(Caller caller, CommandSpec spec, String sub) {
        return slashName(caller.platform(), spec.name()) + (sub == null ? "" : " " + sub);
    }

    private static String subcommandNames(CommandSpec spec) {
        return spec.subcommands().stream().map(CommandSpec.Subcommand::name).collect(Collectors.joining(", "));
    }

    private static String optionNames(List<OptionSpec> options) {
        return options.isEmpty() ? "-" : options.stream().map(OptionSpec::name).collect(Collectors.joining(", "));
    }
}
