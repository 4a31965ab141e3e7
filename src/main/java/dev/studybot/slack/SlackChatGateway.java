package dev.studybot.slack;

import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.Platform;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import java.util.Objects;

/**
 * How the core posts to a Slack channel on its own (the daily quiz, its reveal): {@code
 * chat.postMessage}, whose {@code ts} is the message id, and {@code chat.update} for edits. A 429 is
 * waited out and retried (see {@link SlackWebApi}), so the post lands once; a long rate limit comes
 * back as {@link PostException#rateLimited}.
 */
final class SlackChatGateway implements ChatGateway {
    private final SlackReplies replies;

    SlackChatGateway(SlackReplies replies) {
        this.replies = replies;
    }

    @Override
    public String post(ChannelRef channel, Reply reply) throws PostException {
        check(channel);
        return replies.post(
                channel.channelId(), reply, BlockKit.render(reply.withVisibility(Reply.Visibility.PUBLIC), null, "…"));
    }

    @Override
    public void edit(ChannelRef channel, String messageId, Reply reply) throws PostException {
        check(channel);
        Objects.requireNonNull(messageId, "messageId");
        replies.update(channel.channelId(), messageId, BlockKit.render(reply, null, "…"));
        replies.upload(channel.channelId(), messageId, reply.images());
    }

    private static void check(ChannelRef channel) throws PostException {
        Objects.requireNonNull(channel, "channel");
        if (channel.platform() != Platform.SLACK) {
            throw PostException.permanent(
                    "not a Slack channel: " + channel.platform().id(), null);
        }
    }
}
