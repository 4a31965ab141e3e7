package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the bot sends into the message object Discord stores and returns: ids for attachments
 * and components, {@code type: rich} on embeds, {@code attachment://} images resolved to the file's
 * URL, timestamps, the bot as author.
 */
final class MessageBodies {
    static final int SUPPRESS_EMBEDS = 1 << 2;
    static final int SUPPRESS_NOTIFICATIONS = 1 << 12;

    /** The flags a bot may set on a new message. */
    static final int SETTABLE = FakeMessage.EPHEMERAL | SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS;

    private MessageBodies() {}

    static ObjectNode create(
            String id,
            FakeChannel channel,
            JsonNode body,
            List<RecordedCall.UploadedFile> files,
            int type,
            int flags,
            FakeMember author,
            String webhookId,
            ObjectNode interactionMetadata,
            String cdn) {
        JsonNode payload = body == null ? Payloads.JSON.createObjectNode() : body;
        ObjectNode message = Payloads.JSON.createObjectNode();
        message.put("id", id);
        message.put("channel_id", channel.id());
        message.put("guild_id", channel.guildId());
        message.set("author", Payloads.user(author));
        message.put("content", payload.path("content").asText(""));
        message.put("timestamp", FakeRest.now());
        message.putNull("edited_timestamp");
        message.put("tts", false);
        message.put("mention_everyone", false);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.put("pinned", false);
        message.put("type", type);
        message.put("flags", flags);
        message.set("attachments", attachments(Payloads.JSON.createArrayNode(), payload, files, channel, cdn, true));
        message.set("embeds", embeds(payload.path("embeds"), (ArrayNode) message.get("attachments")));
        message.set("components", components(payload.path("components")));
        message.putArray("reactions");
        if (webhookId != null) {
            message.put("webhook_id", webhookId);
            message.put("application_id", webhookId);
        }
        if (interactionMetadata != null) {
            message.set("interaction_metadata", interactionMetadata);
        }
        return message;
    }

    /** The message after an edit: what the body names is replaced, the rest kept. */
    static ObjectNode edit(
            ObjectNode previous,
            JsonNode body,
            List<RecordedCall.UploadedFile> files,
            FakeChannel channel,
            String cdn,
            int clearFlags) {
        JsonNode payload = body == null ? Payloads.JSON.createObjectNode() : body;
        ObjectNode message = previous.deepCopy();
        if (payload.has("content")) {
            message.put("content", payload.path("content").asText(""));
        }
        if (payload.has("attachments") || !files.isEmpty()) {
            message.set(
                    "attachments",
                    attachments(
                            (ArrayNode) previous.path("attachments"),
                            payload,
                            files,
                            channel,
                            cdn,
                            !payload.has("attachments")));
        }
        if (payload.has("embeds")) {
            message.set("embeds", embeds(payload.path("embeds"), (ArrayNode) message.get("attachments")));
        }
        if (payload.has("components")) {
            message.set("components", components(payload.path("components")));
        }
        message.put("flags", message.path("flags").asInt(0) & ~clearFlags);
        message.put("edited_timestamp", FakeRest.now());
        return message;
    }

    private static ArrayNode attachments(
            ArrayNode existing,
            JsonNode payload,
            List<RecordedCall.UploadedFile> files,
            FakeChannel channel,
            String cdn,
            boolean keepExisting) {
        ArrayNode result = Payloads.JSON.createArrayNode();
        Map<String, JsonNode> described = new HashMap<>();
        for (JsonNode entry : payload.path("attachments")) {
            String ref = entry.path("id").asText();
            described.put(ref, entry);
            for (JsonNode old : existing) {
                if (old.path("id").asText().equals(ref)) {
                    result.add(old.deepCopy());
                }
            }
        }
        if (keepExisting) {
            existing.forEach(old -> {
                if (!described.containsKey(old.path("id").asText())) {
                    result.add(old.deepCopy());
                }
            });
        }
        for (RecordedCall.UploadedFile file : files) {
            String index = file.field().replaceAll("\\D", "");
            JsonNode entry = described.get(index);
            String attachmentId = Snowflakes.next();
            ObjectNode attachment = result.addObject();
            attachment.put("id", attachmentId);
            attachment.put("filename", file.fileName());
            attachment.put("size", file.bytes().length);
            String url = cdn + channel.id() + "/" + attachmentId + "/" + file.fileName();
            attachment.put("url", url);
            attachment.put("proxy_url", url);
            // like Discord, tell the type from the file name when the upload says only "bytes"
            String type = file.contentType() == null || file.contentType().startsWith("application/octet-stream")
                    ? (file.fileName().endsWith(".png") ? "image/png" : "application/octet-stream")
                    : file.contentType();
            attachment.put("content_type", type);
            if (entry != null && entry.hasNonNull("description")) {
                attachment.put("description", entry.path("description").asText());
            }
            if (file.fileName().endsWith(".png")) {
                attachment.put("width", 1);
                attachment.put("height", 1);
            }
        }
        return result;
    }

    private static ArrayNode embeds(JsonNode sent, ArrayNode attachments) {
        ArrayNode embeds = Payloads.JSON.createArrayNode();
        for (JsonNode embed : sent) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich");
            }
            JsonNode image = copy.path("image");
            String url = image.path("url").asText("");
            if (url.startsWith("attachment://")) {
                String name = url.substring("attachment://".length());
                for (JsonNode attachment : attachments) {
                    if (attachment.path("filename").asText().equals(name)) {
                        ObjectNode resolved = copy.putObject("image");
                        resolved.put("url", attachment.path("url").asText());
                        resolved.put("proxy_url", attachment.path("proxy_url").asText());
                        resolved.put("width", 1);
                        resolved.put("height", 1);
                    }
                }
            }
            embeds.add(copy);
        }
        return embeds;
    }

    private static ArrayNode components(JsonNode sent) {
        ArrayNode rows = Payloads.JSON.createArrayNode();
        int id = 1;
        for (JsonNode row : sent) {
            ObjectNode rowCopy = row.deepCopy();
            rowCopy.put("id", id++);
            ArrayNode children = rowCopy.putArray("components");
            for (JsonNode child : row.path("components")) {
                ObjectNode childCopy = child.deepCopy();
                childCopy.put("id", id++);
                children.add(childCopy);
            }
            rows.add(rowCopy);
        }
        return rows;
    }
}
