package dev.studybot.discord;

import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.Caller;
import dev.studybot.chat.Choice;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord interactions into the core's requests and answers them. Slash commands become
 * {@link CommandRequest}s (a USER option becomes the member's user id, the same id their own
 * {@code Caller.userId} carries); buttons and string selects become {@link ComponentRequest}s with the
 * custom id exactly as Discord returned it; autocomplete asks the router for choices. The router runs
 * on worker threads, never on JDA's event thread; timers defer slow work before Discord's three
 * seconds run out and answer with the core's failure sentence if the core never finishes.
 */
final class InteractionHandler extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionHandler.class);

    static final int CHOICES_MAX = 25;
    static final int CHOICE_TEXT_MAX = 100;

    private final CommandRouter router;
    private final DiscordTimings timings;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;

    InteractionHandler(
            CommandRouter router, DiscordTimings timings, ExecutorService workers, ScheduledExecutorService timers) {
        this.router = router;
        this.timings = timings;
        this.workers = workers;
        this.timers = timers;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String label = "/" + event.getFullCommandName();
        InteractionExchange exchange = new InteractionExchange(event, label);
        try {
            Optional<Caller> caller = DiscordCallers.from(event);
            if (caller.isEmpty()) {
                exchange.answer(guildOnly(event), failure(event));
                return;
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (OptionMapping option : event.getOptions()) {
                // USER and other entity options read as their id; numbers as their digits
                options.put(option.getName(), option.getAsString());
            }
            CommandRequest request =
                    new CommandRequest(caller.get(), event.getName(), event.getSubcommandName(), options);
            run(exchange, () -> router.dispatch(request), caller.get(), label);
        } catch (RuntimeException e) {
            log.error("{} could not be handled", label, e);
            exchange.answer(failure(event), failure(event));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        onComponent(event, List.of(), "button");
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        onComponent(event, event.getValues(), "select");
    }

    private void onComponent(GenericComponentInteractionCreateEvent event, List<String> values, String kind) {
        String label = kind + " on message " + event.getMessageId();
        InteractionExchange exchange = new InteractionExchange(event, label);
        try {
            Optional<Caller> caller = DiscordCallers.from(event);
            if (caller.isEmpty()) {
                exchange.answer(guildOnly(event), failure(event));
                return;
            }
            ComponentRequest request =
                    new ComponentRequest(caller.get(), event.getComponentId(), values, event.getMessageId());
            run(exchange, () -> router.press(request), caller.get(), label);
        } catch (RuntimeException e) {
            log.error("{} could not be handled", label, e);
            exchange.answer(failure(event), failure(event));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        try {
            Optional<Caller> caller = DiscordCallers.from(event);
            if (caller.isEmpty()) {
                event.replyChoices(List.of()).queue(null, this::autocompleteRefused);
                return;
            }
            OptionType type = event.getFocusedOption().getType();
            AutocompleteRequest request = new AutocompleteRequest(
                    caller.get(),
                    event.getName(),
                    event.getFocusedOption().getName(),
                    event.getFocusedOption().getValue());
            CompletableFuture.supplyAsync(() -> router.autocomplete(request), workers)
                    .completeOnTimeout(null, timings.autocompleteBudget().toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> {
                        log.error("autocomplete for /{} failed", event.getName(), failure);
                        return List.of();
                    })
                    // answered on whichever thread completes: a busy worker pool must not make the
                    // answer late, and converting at most 25 choices is cheap even on the event thread
                    .thenAccept(choices -> {
                        if (choices == null) {
                            log.warn(
                                    "autocomplete for /{} took over {} ms; answered with no choices",
                                    event.getName(),
                                    timings.autocompleteBudget().toMillis());
                        }
                        event.replyChoices(choices(choices == null ? List.of() : choices, type))
                                .queue(null, this::autocompleteRefused);
                    });
        } catch (RuntimeException e) {
            log.error("autocomplete for /{} could not be handled", event.getName(), e);
        }
    }

    /** At most 25 choices, names cut to 100 characters; a value Discord would refuse is left out. */
    static List<Command.Choice> choices(List<Choice> choices, OptionType type) {
        List<Command.Choice> result = new ArrayList<>();
        for (Choice choice : choices) {
            if (result.size() == CHOICES_MAX) {
                break;
            }
            String value = choice.value();
            if (value == null || value.isEmpty() || value.length() > CHOICE_TEXT_MAX) {
                log.debug("left out an autocomplete choice whose value Discord would refuse");
                continue;
            }
            String label = choice.label() == null || choice.label().isBlank()
                    ? value
                    : choice.label().strip();
            label = Markdown.truncate(label.replace('\n', ' '), CHOICE_TEXT_MAX);
            if (type == OptionType.INTEGER) {
                try {
                    result.add(new Command.Choice(label, Long.parseLong(value)));
                } catch (NumberFormatException e) {
                    log.debug("left out a non-numeric choice for a number option");
                }
            } else {
                result.add(new Command.Choice(label, value));
            }
        }
        return result;
    }

    /**
     * Runs the core's work on a worker and answers with its reply; defers when it runs past
     * {@link DiscordTimings#deferAfter()}, and gives up with the core's failure sentence after
     * {@link DiscordTimings#giveUpAfter()}.
     */
    private void run(InteractionExchange exchange, Supplier<Reply> work, Caller caller, String label) {
        Reply failure = failure(replyLocale(caller));
        ScheduledFuture<?> defer = timers.schedule(
                () -> {
                    if (exchange.deferIfUnanswered()) {
                        log.debug("{} is taking a while; deferred", label);
                    }
                },
                timings.deferAfter().toMillis(),
                TimeUnit.MILLISECONDS);
        ScheduledFuture<?> giveUp = timers.schedule(
                () -> {
                    if (exchange.answer(failure, failure)) {
                        log.error(
                                "{} got no answer from the core within {}; told the member it failed",
                                label,
                                timings.giveUpAfter());
                    }
                },
                timings.giveUpAfter().toMillis(),
                TimeUnit.MILLISECONDS);
        // answered on a worker too: a quick result must not be rendered on JDA's event thread
        CompletableFuture.supplyAsync(work, workers)
                .whenCompleteAsync(
                        (reply, error) -> {
                            defer.cancel(false);
                            giveUp.cancel(false);
                            if (error != null || reply == null) {
                                log.error("{} failed in the core", label, error);
                                exchange.answer(failure, failure);
                            } else {
                                exchange.answer(reply, failure);
                            }
                        },
                        workers);
    }

    /** The language the core answers this caller in (the team's choice first), for the adapter's own answers. */
    private Locale replyLocale(Caller caller) {
        try {
            return router.localized(caller).locale();
        } catch (RuntimeException e) {
            log.warn("cannot resolve the reply language for {}", caller.userId(), e);
            return caller.locale();
        }
    }

    private Reply guildOnly(Interaction interaction) {
        Locale locale = DiscordCallers.locale(interaction.getUserLocale());
        return Reply.privateNotice(Reply.Tone.WARNING, router.messages().get(locale, "discord.guild.only"));
    }

    private Reply failure(IReplyCallback interaction) {
        return failure(DiscordCallers.locale(interaction.getUserLocale()));
    }

    /** The core's own sentence for "it failed, try again", in the member's language. */
    private Reply failure(Locale memberLocale) {
        Locale locale = memberLocale == null ? Messages.ZH : memberLocale;
        return Reply.privateNotice(Reply.Tone.WARNING, router.messages().get(locale, "error.internal"));
    }

    private void autocompleteRefused(Throwable failure) {
        log.warn("Discord did not take the autocomplete choices: {}", failure.toString());
    }
}
