package dev.studybot.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockSuggestionPayload;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.util.json.GsonFactory;
import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.Caller;
import dev.studybot.chat.Choice;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.InvalidComponentException;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Platform;
import dev.studybot.chat.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt listeners for every command, click and suggestion: each is acknowledged at once (Slack waits
 * three seconds at most); the work (looking the member up, the router, the answer) runs afterwards on
 * the adapter's workers. Commands are matched generically against the router's specs, so a new
 * command needs no change here. Nothing a member types or Slack sends escapes as an exception: every
 * path catches, logs and answers.
 */
final class SlackHandlers {
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);
    private static final Pattern ANY = Pattern.compile("^.+$", Pattern.DOTALL);
    private static final Pattern SEARCH = Pattern.compile("^([a-z0-9_-]{1,32}):search$");
    static final String SEARCH_SUFFIX = ":search";
    /** One Gson for all clicks: building one costs more than the parse (see {@link SlackHttpServer}). */
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final CommandRouter router;
    private final Map<String, CommandSpec> specs = new LinkedHashMap<>();
    private final SlackMembers members;
    private final SlackReplies replies;
    private final Messages own;
    private final Executor workers;

    SlackHandlers(CommandRouter router, SlackMembers members, SlackReplies replies, Messages own, Executor workers) {
        this.router = router;
        router.specs().forEach(spec -> specs.put(spec.name(), spec));
        this.members = members;
        this.replies = replies;
        this.own = own;
        this.workers = workers;
    }

    void register(App app) {
        app.command(ANY, this::onCommand);
        app.blockAction(ANY, this::onAction);
        app.blockSuggestion(ANY, this::onSuggestion);
    }

    // ---- slash commands

    Response onCommand(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        try {
            workers.execute(() -> runCommand(payload));
            return context.ack();
        } catch (RejectedExecutionException e) {
            log.warn(
                    "refused {} from {}: the bot is shutting down or overloaded",
                    payload.getCommand(),
                    payload.getUserId());
            return context.ack(router.messages().get(Messages.ZH, "error.internal"));
        } catch (RuntimeException e) {
            log.error("could not take {} from {}", payload.getCommand(), payload.getUserId(), e);
            return context.ack(router.messages().get(Messages.ZH, "error.internal"));
        }
    }

    private void runCommand(SlashCommandPayload payload) {
        SlackReplies.Origin origin = new SlackReplies.Origin(
                payload.getChannelId(), payload.getUserId(), payload.getResponseUrl(), null, true);
        Caller caller = null;
        try {
            SlackMembers.Member member = members.lookup(payload.getUserId());
            caller = new Caller(
                    Platform.SLACK,
                    orEmpty(payload.getTeamId()),
                    payload.getTeamDomain(),
                    orEmpty(payload.getChannelId()),
                    orEmpty(payload.getUserId()),
                    payload.getUserName() != null ? payload.getUserName() : member.name(),
                    member.locale(),
                    member.admin());
            String name = SlackCommandNames.routerName(payload.getCommand()).orElse("");
            CommandSpec spec = specs.get(name);
            Reply reply;
            try {
                SlashText.Parsed parsed = SlashText.parse(payload.getText(), spec);
                reply = router.dispatch(new CommandRequest(caller, name, parsed.subcommand(), parsed.options()));
            } catch (SlashText.ParseError e) {
                reply = Reply.privateNotice(Reply.Tone.WARNING, own.get(locale(caller), "slack.quote"));
            }
            answer(reply, origin, caller, searchBox(spec, reply, caller));
        } catch (RuntimeException e) {
            log.error("{} from {} failed", payload.getCommand(), payload.getUserId(), e);
            failed(origin, caller);
        }
    }

    // ---- buttons and selects

    Response onAction(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        try {
            workers.execute(() -> runAction(payload));
        } catch (RejectedExecutionException e) {
            log.warn("refused a click from {}: the bot is shutting down or overloaded", userId(payload));
        } catch (RuntimeException e) {
            log.error("could not take a click from {}", userId(payload), e);
        }
        return context.ack();
    }

    /** A click whose signature was checked and that Slack already got its ack for (HTTP mode). */
    void click(String payloadJson) {
        BlockActionPayload payload;
        try {
            payload = GSON.fromJson(payloadJson, BlockActionPayload.class);
        } catch (RuntimeException e) {
            log.warn("a click payload could not be read: {}", e.getClass().getSimpleName());
            return;
        }
        if (payload != null) {
            runAction(payload);
        }
    }

    private void runAction(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return;
        }
        BlockActionPayload.Container container = payload.getContainer();
        String channelId = payload.getChannel() != null
                ? payload.getChannel().getId()
                : container != null ? container.getChannelId() : null;
        String messageTs = container != null ? container.getMessageTs() : null;
        boolean ephemeral = container != null && container.isEphemeral();
        SlackReplies.Origin origin =
                new SlackReplies.Origin(channelId, userId(payload), payload.getResponseUrl(), messageTs, ephemeral);
        Caller caller = null;
        try {
            SlackMembers.Member member = members.lookup(userId(payload));
            BlockActionPayload.User user = payload.getUser();
            String teamId =
                    payload.getTeam() != null ? payload.getTeam().getId() : user != null ? user.getTeamId() : null;
            caller = new Caller(
                    Platform.SLACK,
                    orEmpty(teamId),
                    payload.getTeam() != null ? payload.getTeam().getDomain() : "",
                    orEmpty(channelId),
                    orEmpty(userId(payload)),
                    user != null && user.getUsername() != null ? user.getUsername() : member.name(),
                    member.locale(),
                    member.admin());
            for (BlockActionPayload.Action action : payload.getActions()) {
                act(action, caller, origin);
            }
        } catch (RuntimeException e) {
            log.error("a click from {} failed", userId(payload), e);
            failed(origin, caller);
        }
    }

    private void act(BlockActionPayload.Action action, Caller caller, SlackReplies.Origin origin) {
        String actionId = action.getActionId() == null ? "" : action.getActionId();
        List<String> values = new ArrayList<>();
        if (action.getSelectedOption() != null && action.getSelectedOption().getValue() != null) {
            values.add(action.getSelectedOption().getValue());
        }
        if (action.getSelectedOptions() != null) {
            action.getSelectedOptions().forEach(o -> {
                if (o != null && o.getValue() != null) {
                    values.add(o.getValue());
                }
            });
        }
        Optional<Search> search = search(actionId);
        if (search.isPresent()) {
            if (values.isEmpty()) {
                return;
            }
            // a pick from the search box reads as the command typed with that value
            Reply reply = router.dispatch(new CommandRequest(
                    caller,
                    search.get().command(),
                    null,
                    Map.of(search.get().option().name(), values.get(0))));
            answer(reply, origin, caller, searchBox(specs.get(search.get().command()), reply, caller));
            return;
        }
        Reply reply = router.press(new ComponentRequest(caller, actionId, values, origin.messageTs()));
        answer(reply, origin, caller, searchBox(specs.get(feature(actionId)), reply, caller));
    }

    // ---- search suggestions

    Response onSuggestion(BlockSuggestionRequest request, BlockSuggestionContext context) {
        BlockSuggestionPayload payload = request.getPayload();
        List<Option> options = new ArrayList<>();
        try {
            Optional<Search> search = search(payload.getActionId());
            if (search.isPresent()) {
                String userId = payload.getUser() == null
                        ? ""
                        : orEmpty(payload.getUser().getId());
                // no lookup here: the answer must be quick, and the cache usually knows the member
                SlackMembers.Member member = members.cached(userId).orElse(SlackMembers.Member.UNKNOWN);
                Caller caller = new Caller(
                        Platform.SLACK,
                        payload.getTeam() == null
                                ? ""
                                : orEmpty(payload.getTeam().getId()),
                        payload.getTeam() == null ? "" : payload.getTeam().getDomain(),
                        payload.getChannel() == null
                                ? ""
                                : orEmpty(payload.getChannel().getId()),
                        userId,
                        payload.getUser() == null ? null : payload.getUser().getUsername(),
                        member.locale(),
                        member.admin());
                List<Choice> choices = router.autocomplete(new AutocompleteRequest(
                        caller, search.get().command(), search.get().option().name(), payload.getValue()));
                for (Choice choice : choices) {
                    if (choice.value() == null
                            || choice.value().isEmpty()
                            || choice.value().length() > BlockKit.MAX_OPTION_VALUE) {
                        continue;
                    }
                    options.add(new Option(
                            PlainTextObject.builder()
                                    .text(BlockKit.cut(
                                            choice.label() == null ? choice.value() : choice.label(),
                                            BlockKit.MAX_OPTION_TEXT))
                                    .emoji(true)
                                    .build(),
                            choice.value()));
                }
            }
        } catch (RuntimeException e) {
            log.error("suggestions for {} failed", payload.getActionId(), e);
        }
        return context.ack(r -> r.options(options));
    }

    // ---- helpers

    /** A search box's command and the option it fills. */
    record Search(String command, OptionSpec option) {}

    /** The search box behind an action id such as {@code topic:search}, if the command has one. */
    Optional<Search> search(String actionId) {
        if (actionId == null) {
            return Optional.empty();
        }
        Matcher m = SEARCH.matcher(actionId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return searchable(specs.get(m.group(1))).map(option -> new Search(m.group(1), option));
    }

    private static Optional<OptionSpec> searchable(CommandSpec spec) {
        if (spec == null || !spec.subcommands().isEmpty()) {
            return Optional.empty();
        }
        return spec.options().stream().filter(OptionSpec::autocomplete).findFirst();
    }

    /** A private reply of a command with an autocompleted option gets a box to search it as one types. */
    private BlockKit.SearchBox searchBox(CommandSpec spec, Reply reply, Caller caller) {
        if (reply.visibility() != Reply.Visibility.PRIVATE) {
            return null;
        }
        return searchable(spec)
                .map(option -> new BlockKit.SearchBox(
                        spec.name() + SEARCH_SUFFIX, router.messages().get(locale(caller), option.descriptionKey())))
                .orElse(null);
    }

    /** The command that owns a component id, read only to offer its search box again. */
    private String feature(String rawId) {
        try {
            return router.codec().decode(rawId).feature();
        } catch (InvalidComponentException | RuntimeException e) {
            return "";
        }
    }

    private void answer(Reply reply, SlackReplies.Origin origin, Caller caller, BlockKit.SearchBox search) {
        Locale locale = locale(caller);
        if (reply.visibility() == Reply.Visibility.PRIVATE && !reply.images().isEmpty()) {
            // first the pictures, so the answer can say truthfully where they went
            boolean sent = replies.sendDirect(origin.userId(), reply.images());
            reply = withoutImages(reply, own.get(locale, sent ? "slack.picture.dm" : "slack.picture.dmFailed"));
        }
        BlockKit.Rendered rendered = BlockKit.render(reply, search, own.get(locale, "slack.truncated"));
        replies.answer(reply, rendered, origin);
    }

    /** The reply without its pictures, the note saying where they went added to its footer. */
    private static Reply withoutImages(Reply reply, String note) {
        String footer = reply.footer() == null || reply.footer().isBlank() ? note : reply.footer() + "\n" + note;
        return new Reply(
                reply.visibility(),
                reply.title(),
                reply.breadcrumb(),
                reply.badges(),
                reply.blocks(),
                reply.rows(),
                List.of(),
                footer,
                reply.replaceOriginal());
    }

    /** Tells the member that their action failed; never throws. */
    private void failed(SlackReplies.Origin origin, Caller caller) {
        try {
            Locale locale = caller == null ? Messages.ZH : locale(caller);
            Reply reply =
                    Reply.privateNotice(Reply.Tone.DANGER, router.messages().get(locale, "error.internal"));
            replies.answer(reply, BlockKit.render(reply, null, "…"), origin);
        } catch (RuntimeException e) {
            log.error("could not tell {} that their action failed", origin.userId(), e);
        }
    }

    private Locale locale(Caller caller) {
        try {
            Locale locale = router.localized(caller).locale();
            return locale == null ? Messages.ZH : locale;
        } catch (RuntimeException e) {
            return Messages.ZH;
        }
    }

    private static String userId(BlockActionPayload payload) {
        return payload.getUser() == null ? null : payload.getUser().getId();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
