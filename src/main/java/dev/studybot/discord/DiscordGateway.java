package dev.studybot.discord;

import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.Platform;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts and edits the core's own channel messages (the daily quiz, its reveal) on Discord. Posts are
 * always public. JDA waits out rate limits and retries them itself; whatever still fails comes back
 * as a {@link PostException} that says whether to retry and when, so a failed post is reported to the
 * caller and never lost. A request that has not left within the timeout is dropped by JDA rather than
 * sent late, so a retry by the caller cannot post twice.
 */
final class DiscordGateway implements ChatGateway {
    private static final Logger log = LoggerFactory.getLogger(DiscordGateway.class);

    private final DiscordConnection connection;
    private final Duration timeout;
    private final ShardRange shards;

    DiscordGateway(DiscordConnection connection, Duration timeout, ShardRange shards) {
        this.connection = connection;
        this.timeout = timeout;
        this.shards = shards;
    }

    /** A channel whose guild lies on one of this process's shards; another process serves the rest. */
    @Override
    public boolean serves(ChannelRef ref) {
        return ref.platform() == Platform.DISCORD && shards.serves(ref.teamId());
    }

    @Override
    public String post(ChannelRef ref, Reply reply) throws PostException {
        GuildMessageChannel channel = channel(ref);
        ReplyRenderer.Rendered rendered = render(reply);
        String action = "posting to channel " + ref.channelId();
        Message first = await(() -> channel.sendMessage(rendered.create(0)), action);
        postRest(channel, rendered, action);
        return first.getId();
    }

    @Override
    public void edit(ChannelRef ref, String messageId, Reply reply) throws PostException {
        if (messageId == null || !messageId.matches("\\d{1,25}")) {
            throw PostException.permanent("editing a message: '" + messageId + "' is not a Discord message id", null);
        }
        GuildMessageChannel channel = channel(ref);
        ReplyRenderer.Rendered rendered = render(reply);
        String action = "editing message " + messageId + " in channel " + ref.channelId();
        await(() -> channel.editMessageById(messageId, rendered.edit(0)), action);
        postRest(channel, rendered, action);
    }

    /**
     * The pages after the first, as new messages. The first has landed, so a failure here is logged
     * and not thrown: throwing would make the caller post the first page again.
     */
    private void postRest(GuildMessageChannel channel, ReplyRenderer.Rendered rendered, String action) {
        for (int page = 1; page < rendered.pageCount(); page++) {
            try {
                int index = page;
                await(() -> channel.sendMessage(rendered.create(index)), action + " (page " + (page + 1) + ")");
            } catch (PostException e) {
                log.error("{} (page {} of {}) failed: {}", action, page + 1, rendered.pageCount(), e.getMessage());
            }
        }
    }

    private static ReplyRenderer.Rendered render(Reply reply) throws PostException {
        try {
            return ReplyRenderer.render(reply.withVisibility(Reply.Visibility.PUBLIC));
        } catch (RuntimeException e) {
            throw PostException.permanent("the message cannot be rendered for Discord: " + e.getMessage(), e);
        }
    }

    private GuildMessageChannel channel(ChannelRef ref) throws PostException {
        if (ref.platform() != Platform.DISCORD) {
            throw PostException.permanent(
                    "channel " + ref.channelId() + " is on " + ref.platform().id() + ", not Discord", null);
        }
        if (!ref.channelId().matches("\\d{1,25}")) {
            throw PostException.permanent("'" + ref.channelId() + "' is not a Discord channel id", null);
        }
        GuildMessageChannel channel;
        try {
            channel = connection.channels().getChannelById(GuildMessageChannel.class, ref.channelId());
        } catch (RuntimeException e) {
            throw DiscordFailures.toPostException("finding channel " + ref.channelId(), e);
        }
        if (channel == null) {
            if (!connection.connected()) {
                throw PostException.transientFailure(
                        "Discord is not connected yet; channel " + ref.channelId() + " is not known", null);
            }
            throw PostException.permanent(
                    "channel " + ref.channelId() + " does not exist or the bot cannot see it", null);
        }
        if (!channel.getGuild().getId().equals(ref.teamId())) {
            throw PostException.permanent(
                    "channel " + ref.channelId() + " belongs to another server than team " + ref.teamId(), null);
        }
        return channel;
    }

    /**
     * Sends and waits. The action is made inside: JDA checks the bot's permissions in the channel when
     * it builds the request and throws right there.
     */
    private <T> T await(Supplier<RestAction<T>> request, String what) throws PostException {
        try {
            return request.get()
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit()
                    .get(timeout.toMillis() + 15_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PostException.transientFailure(what + ": interrupted", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            PostException failure = DiscordFailures.toPostException(what, e);
            log.warn("{} failed ({}): {}", what, failure.permanent() ? "permanent" : "may pass", failure.getMessage());
            throw failure;
        }
    }
}
