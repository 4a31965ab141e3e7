package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The checks Discord makes on a message it is asked to create or edit: embed and component limits,
 * and that a new message says something. The fake refuses what Discord would, with error 50035.
 */
final class MessageRules {
    private MessageRules() {}

    /** Why Discord would refuse this message body, or empty when it would take it. */
    static Optional<String> check(JsonNode body, List<RecordedCall.UploadedFile> files, boolean creating) {
        if (body == null) {
            body = Payloads.JSON.createObjectNode();
        }
        JsonNode embeds = body.path("embeds");
        if (embeds.size() > 10) {
            return Optional.of("embeds: more than 10 (" + embeds.size() + ")");
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            JsonNode embed = embeds.get(i);
            String where = "embeds." + i;
            Optional<String> p = max(embed.path("title"), 256, where + ".title");
            p = p.or(() -> max(embed.path("description"), 4096, where + ".description"));
            p = p.or(() -> max(embed.path("author").path("name"), 256, where + ".author.name"));
            p = p.or(() -> max(embed.path("footer").path("text"), 2048, where + ".footer.text"));
            if (p.isPresent()) {
                return p;
            }
            JsonNode fields = embed.path("fields");
            if (fields.size() > 25) {
                return Optional.of(where + ".fields: more than 25");
            }
            for (int f = 0; f < fields.size(); f++) {
                JsonNode field = fields.get(f);
                String name = field.path("name").asText("");
                String value = field.path("value").asText("");
                if (name.isEmpty() || name.length() > 256) {
                    return Optional.of(where + ".fields." + f + ".name: 1 to 256 characters, got " + name.length());
                }
                if (value.isEmpty() || value.length() > 1024) {
                    return Optional.of(where + ".fields." + f + ".value: 1 to 1024 characters, got " + value.length());
                }
                total += name.length() + value.length();
            }
            total += length(embed.path("title"))
                    + length(embed.path("description"))
                    + length(embed.path("author").path("name"))
                    + length(embed.path("footer").path("text"));
        }
        if (total > 6000) {
            return Optional.of("embeds: " + total + " characters in all, more than 6000");
        }
        JsonNode rows = body.path("components");
        if (rows.size() > 5) {
            return Optional.of("components: more than 5 rows");
        }
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            if (row.path("type").asInt() != 1) {
                return Optional.of("components." + r + ": not an action row");
            }
            JsonNode children = row.path("components");
            if (children.isEmpty() || children.size() > 5) {
                return Optional.of("components." + r + ": 1 to 5 components");
            }
            for (JsonNode child : children) {
                int type = child.path("type").asInt();
                String customId = child.path("custom_id").asText("");
                if (customId.isEmpty() || customId.length() > 100) {
                    return Optional.of("components." + r + ": custom_id of " + customId.length() + " characters");
                }
                if (type == 2 && child.path("label").asText("").length() > 80) {
                    return Optional.of("components." + r + ": button label over 80 characters");
                }
                if (type == 3) {
                    if (children.size() != 1) {
                        return Optional.of("components." + r + ": a select must be alone in its row");
                    }
                    JsonNode options = child.path("options");
                    if (options.isEmpty() || options.size() > 25) {
                        return Optional.of("components." + r + ": 1 to 25 select options");
                    }
                    for (JsonNode option : options) {
                        if (option.path("label").asText("").length() > 100
                                || option.path("value").asText("").length() > 100) {
                            return Optional.of("components." + r + ": select option over 100 characters");
                        }
                    }
                }
            }
        }
        if (creating
                && body.path("content").asText("").isEmpty()
                && embeds.isEmpty()
                && rows.isEmpty()
                && files.isEmpty()
                && !body.has("poll")) {
            return Optional.of("Cannot send an empty message");
        }
        return Optional.empty();
    }

    private static Optional<String> max(JsonNode text, int max, String where) {
        return length(text) > max ? Optional.of(where + ": over " + max + " characters") : Optional.empty();
    }

    private static int length(JsonNode text) {
        return text.isTextual() ? text.asText().length() : 0;
    }
}
