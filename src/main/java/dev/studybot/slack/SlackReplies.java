package dev.studybot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.model.Conversation;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers rendered replies to Slack. An answer to a command or a click goes through its {@code
 * response_url} (ephemeral for a private reply, in the channel for a public one, replacing the
 * original message when the reply asks to and the original is of the same kind); public replies with
 * pictures and answers whose {@code response_url} failed go through {@code chat.postEphemeral} or
 * {@code chat.postMessage}, a public reply's pictures uploaded as files into the channel. A private
 * reply's pictures never go to the channel: an ephemeral message cannot hold a file nor be a thread
 * parent, so they go to the member's direct message with the bot ({@link #sendDirect}). Channel posts
 * of the core ({@link SlackChatGateway}) use {@code chat.postMessage} and {@code chat.update}.
 */
final class SlackReplies {
    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Slack slack;
    private final SlackWebApi api;
    private final Secrets secrets;

    /**
     * Where an answer goes.
     *
     * @param channelId the conversation of the command or click
     * @param userId who sent it, for ephemeral messages
     * @param responseUrl Slack's URL for answering it, or null
     * @param messageTs the message that held the pressed component, or null
     * @param ephemeral whether that message is ephemeral
     */
    record Origin(String channelId, String userId, String responseUrl, String messageTs, boolean ephemeral) {}

    SlackReplies(Slack slack, SlackWebApi api, Secrets secrets) {
        this.slack = slack;
        this.api = api;
        this.secrets = secrets;
    }

    /** Answers a command or a click. Never throws: a failure is logged. */
    void answer(Reply reply, BlockKit.Rendered rendered, Origin origin) {
        boolean isPrivate = reply.visibility() == Reply.Visibility.PRIVATE;
        // replace in place only a message of the same kind: a private answer must not wipe a channel post
        boolean replace = reply.replaceOriginal() && origin.messageTs() != null && origin.ephemeral() == isPrivate;
        if (isPrivate && !reply.images().isEmpty()) {
            // the caller sends them with sendDirect: the channel, or a thread of it, would show them to all
            log.warn(
                    "left out {} picture(s) of a private answer to {}: they go by direct message only",
                    reply.images().size(),
                    origin.userId());
        }
        try {
            if ((isPrivate || reply.images().isEmpty())
                    && origin.responseUrl() != null
                    && respond(origin.responseUrl(), rendered, isPrivate, replace)) {
                return;
            }
            if (replace && !isPrivate) {
                update(origin.channelId(), origin.messageTs(), rendered);
                upload(origin.channelId(), origin.messageTs(), reply.images());
            } else if (isPrivate) {
                api.call(
                        "chat.postEphemeral",
                        c -> c.chatPostEphemeral(r -> r.channel(origin.channelId())
                                .user(origin.userId())
                                .text(rendered.text())
                                .blocks(rendered.blocks())));
            } else {
                post(origin.channelId(), reply, rendered);
            }
        } catch (PostException e) {
            log.warn("could not answer {} in {}: {}", origin.userId(), origin.channelId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("could not answer {} in {}", origin.userId(), origin.channelId(), e);
        }
    }

    /** Posts to a channel and returns the message's ts; pictures follow as files in the channel. */
    String post(String channelId, Reply reply, BlockKit.Rendered rendered) throws PostException {
        String ts = api.call(
                        "chat.postMessage",
                        c -> c.chatPostMessage(r -> r.channel(channelId)
                                .text(rendered.text())
                                .blocks(rendered.blocks())
                                .unfurlLinks(false)
                                .unfurlMedia(false)))
                .getTs();
        upload(channelId, null, reply.images());
        return ts;
    }

    /** Replaces a message the bot posted. */
    void update(String channelId, String ts, BlockKit.Rendered rendered) throws PostException {
        api.call(
                "chat.update",
                c -> c.chatUpdate(
                        r -> r.channel(channelId).ts(ts).text(rendered.text()).blocks(rendered.blocks())));
    }

    /**
     * Sends a private reply's pictures to the member's direct message with the bot ({@code
     * conversations.open}, then the upload). Returns whether they arrived; a failure is logged, never
     * thrown, and the pictures go nowhere else.
     */
    boolean sendDirect(String userId, List<Reply.Image> images) {
        if (images.isEmpty()) {
            return true;
        }
        if (userId == null || userId.isBlank()) {
            log.warn("could not send {} picture(s) by direct message: the member is unknown", images.size());
            return false;
        }
        String dm;
        try {
            Conversation channel = api.call(
                            "conversations.open", c -> c.conversationsOpen(r -> r.users(List.of(userId))))
                    .getChannel();
            dm = channel == null ? null : channel.getId();
        } catch (PostException e) {
            log.warn(
                    "could not open a direct message with {} for {} picture(s): {}",
                    userId,
                    images.size(),
                    e.getMessage());
            return false;
        }
        if (dm == null || dm.isBlank()) {
            log.warn("conversations.open gave no channel for {}; {} picture(s) not sent", userId, images.size());
            return false;
        }
        return tryUpload(dm, null, images);
    }

    /** Uploads pictures into the channel (or a thread of it); a failed upload is logged, not thrown. */
    void upload(String channelId, String threadTs, List<Reply.Image> images) {
        tryUpload(channelId, threadTs, images);
    }

    private boolean tryUpload(String channelId, String threadTs, List<Reply.Image> images) {
        if (images.isEmpty()) {
            return true;
        }
        List<FilesUploadV2Request.UploadFile> files = new ArrayList<>();
        for (Reply.Image image : images) {
            files.add(FilesUploadV2Request.UploadFile.builder()
                    .fileData(image.png())
                    .filename(image.fileName())
                    .title(image.fileName())
                    .altTxt(image.alt() == null ? null : BlockKit.cut(image.alt(), 1000))
                    .build());
        }
        try {
            api.call(
                    "files.uploadV2",
                    c -> c.filesUploadV2(r -> r.channel(channelId)
                            .threadTs(threadTs)
                            .requestFileInfo(false)
                            .uploadFiles(files)));
            return true;
        } catch (PostException e) {
            log.warn("could not upload {} picture(s) to {}: {}", files.size(), channelId, e.getMessage());
        } catch (SlackFilesUploadV2Exception e) {
            log.warn("could not upload {} picture(s) to {}: the upload was refused", files.size(), channelId);
        }
        return false;
    }

    private boolean respond(String responseUrl, BlockKit.Rendered rendered, boolean isPrivate, boolean replace) {
        ActionResponse body = ActionResponse.builder()
                .responseType(isPrivate ? "ephemeral" : "in_channel")
                .replaceOriginal(replace)
                .text(rendered.text())
                .blocks(rendered.blocks())
                .build();
        try {
            WebhookResponse response = slack.send(responseUrl, GSON.toJson(body));
            if (response.getCode() != null && response.getCode() == 200) {
                return true;
            }
            log.info("response_url answered HTTP {}; answering through the Web API instead", response.getCode());
        } catch (IOException | RuntimeException e) {
            log.info(
                    "response_url failed ({}); answering through the Web API instead",
                    secrets.scrub(String.valueOf(e.getMessage())));
        }
        return false;
    }
}
