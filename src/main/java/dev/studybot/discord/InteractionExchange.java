package dev.studybot.discord;

import dev.studybot.chat.Reply;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One slash command or component press and its answer. Discord wants an acknowledgement within three
 * seconds: a quick reply is sent at once; a slow one is deferred first ({@link #deferIfUnanswered})
 * and sent through the interaction hook when it is ready. Whichever comes first wins, exactly once.
 *
 * <p>A slash command defers ephemerally, so nobody else sees "thinking" for a reply that may turn
 * out private; a public reply after that is posted as a public follow-up and the private placeholder
 * removed. A press defers as an update of its message, which fits both replacing that message and
 * answering with a new one.
 */
final class InteractionExchange {
    private static final Logger log = LoggerFactory.getLogger(InteractionExchange.class);

    private enum State {
        NEW,
        DEFERRED,
        ANSWERED
    }

    private final IReplyCallback interaction;
    private final String label;
    private State state = State.NEW;

    /** @param label what it was, for logs ({@code /topic}, {@code button}) */
    InteractionExchange(IReplyCallback interaction, String label) {
        this.interaction = interaction;
        this.label = label;
    }

    private boolean isComponent() {
        return interaction instanceof ComponentInteraction;
    }

    /** Acknowledges the interaction if nothing has answered it yet; true if this call did. */
    boolean deferIfUnanswered() {
        synchronized (this) {
            if (state != State.NEW) {
                return false;
            }
            state = State.DEFERRED;
        }
        RestAction<InteractionHook> defer =
                isComponent() ? ((IMessageEditCallback) interaction).deferEdit() : interaction.deferReply(true);
        defer.queue(
                hook -> log.debug("deferred {}", label),
                failure -> log.warn("Discord did not take the deferral of {}: {}", label, failure.toString()));
        return true;
    }

    /**
     * Sends the reply, once; a second answer (the core finishing after a give-up) is dropped. When
     * the reply cannot be rendered or sent, {@code fallback} (a sentence saying it failed) is sent
     * instead, so the member is never left without an answer.
     */
    boolean answer(Reply reply, Reply fallback) {
        ReplyRenderer.Rendered rendered;
        Reply sent = reply;
        try {
            rendered = ReplyRenderer.render(reply);
        } catch (RuntimeException e) {
            log.error("cannot render the answer to {}", label, e);
            sent = fallback;
            rendered = ReplyRenderer.render(fallback);
        }
        boolean deferred;
        synchronized (this) {
            if (state == State.ANSWERED) {
                log.info("dropped a late answer to {}: it was answered already", label);
                return false;
            }
            deferred = state == State.DEFERRED;
            state = State.ANSWERED;
        }
        try {
            send(rendered, replacesSource(sent), deferred);
        } catch (RuntimeException e) {
            log.error("cannot send the answer to {}", label, e);
            if (sent != fallback) {
                send(ReplyRenderer.render(fallback), false, deferred);
            }
        }
        return true;
    }

    private void send(ReplyRenderer.Rendered rendered, boolean inPlace, boolean deferred) {
        if (deferred) {
            answerAfterDeferral(rendered, inPlace);
        } else {
            answerAtOnce(rendered, inPlace);
        }
    }

    /**
     * Whether the reply replaces the message that held the pressed component. A private reply never
     * replaces a public message: that would show one member's answer to the whole channel.
     */
    private boolean replacesSource(Reply reply) {
        if (!isComponent() || !reply.replaceOriginal()) {
            return false;
        }
        return reply.visibility() == Reply.Visibility.PUBLIC || sourceIsEphemeral();
    }

    private boolean sourceIsEphemeral() {
        Message source = ((ComponentInteraction) interaction).getMessage();
        // Discord may send an ephemeral message as its id and flags only: JDA then has no message
        return source == null || source.isEphemeral();
    }

    private void answerAtOnce(ReplyRenderer.Rendered rendered, boolean inPlace) {
        RestAction<InteractionHook> first = inPlace
                ? ((IMessageEditCallback) interaction).editMessage(rendered.edit(0))
                : interaction.reply(rendered.create(0)).setEphemeral(rendered.ephemeral());
        first.queue(hook -> followUps(hook, rendered, 1), this::refused);
    }

    private void answerAfterDeferral(ReplyRenderer.Rendered rendered, boolean inPlace) {
        InteractionHook hook = interaction.getHook();
        if (isComponent()) {
            if (inPlace) {
                hook.editOriginal(rendered.edit(0)).queue(message -> followUps(hook, rendered, 1), this::refused);
            } else {
                followUps(hook, rendered, 0);
            }
            return;
        }
        if (rendered.ephemeral()) {
            hook.editOriginal(rendered.edit(0)).queue(message -> followUps(hook, rendered, 1), this::refused);
            return;
        }
        // deferred privately but the answer is public: the placeholder takes the first page (the
        // caller alone sees it for a moment), the channel gets the whole answer, the placeholder goes
        hook.editOriginal(rendered.edit(0))
                .flatMap(placeholder -> sendAll(hook, rendered, 0))
                .flatMap(last -> hook.deleteOriginal())
                .queue(done -> log.debug("answered {} publicly after a private deferral", label), this::refused);
    }

    private void followUps(InteractionHook hook, ReplyRenderer.Rendered rendered, int from) {
        if (from >= rendered.pageCount()) {
            return;
        }
        sendAll(hook, rendered, from).queue(last -> log.debug("sent the rest of {}", label), this::refused);
    }

    /** Pages {@code from..} as follow-up messages, one after another so they keep their order. */
    private static RestAction<Message> sendAll(InteractionHook hook, ReplyRenderer.Rendered rendered, int from) {
        RestAction<Message> chain = null;
        for (int i = from; i < rendered.pageCount(); i++) {
            RestAction<Message> next = hook.sendMessage(rendered.create(i)).setEphemeral(rendered.ephemeral());
            chain = chain == null ? next : chain.flatMap(previous -> next);
        }
        return chain;
    }

    private void refused(Throwable failure) {
        log.warn("Discord did not take the answer to {}: {}", label, failure.toString());
    }
}
