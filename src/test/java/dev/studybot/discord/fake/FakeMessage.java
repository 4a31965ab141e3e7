package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message the bot made on the fake Discord (a channel post, an interaction reply or follow-up),
 * as Discord stores it: the JSON of its current version and of every earlier one.
 */
public final class FakeMessage {
    /** Discord's message flags. */
    public static final int EPHEMERAL = 1 << 6;

    public static final int LOADING = 1 << 7;

    private final String id;
    private final String channelId;
    private final List<ObjectNode> versions = new ArrayList<>();
    private boolean deleted;

    FakeMessage(String id, String channelId, ObjectNode json) {
        this.id = id;
        this.channelId = channelId;
        versions.add(json);
    }

    public String id() {
        return id;
    }

    public String channelId() {
        return channelId;
    }

    /** The current version's JSON, as Discord would return it. */
    public synchronized ObjectNode json() {
        return versions.get(versions.size() - 1).deepCopy();
    }

    /** Every version, first to current: how many times it was edited shows here. */
    public synchronized List<ObjectNode> versions() {
        return versions.stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized void update(ObjectNode json) {
        versions.add(json);
    }

    synchronized void delete() {
        deleted = true;
    }

    public synchronized boolean deleted() {
        return deleted;
    }

    public int flags() {
        return json().path("flags").asInt(0);
    }

    /** Only the member who used the interaction sees it. */
    public boolean ephemeral() {
        return (flags() & EPHEMERAL) != 0;
    }

    /** A deferred reply still showing "thinking". */
    public boolean loading() {
        return (flags() & LOADING) != 0;
    }

    public List<JsonNode> embeds() {
        List<JsonNode> embeds = new ArrayList<>();
        json().path("embeds").forEach(embeds::add);
        return embeds;
    }

    /** Every text a member reads in the embeds: titles, authors, descriptions, fields, footers. */
    public String text() {
        StringBuilder text = new StringBuilder(json().path("content").asText(""));
        for (JsonNode embed : embeds()) {
            append(text, embed.path("author").path("name"));
            append(text, embed.path("title"));
            append(text, embed.path("description"));
            for (JsonNode field : embed.path("fields")) {
                append(text, field.path("name"));
                append(text, field.path("value"));
            }
            append(text, embed.path("footer").path("text"));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, JsonNode value) {
        if (value.isTextual()) {
            text.append('\n').append(value.asText());
        }
    }

    /** The buttons of every action row, in order. */
    public List<Button> buttons() {
        List<Button> buttons = new ArrayList<>();
        for (JsonNode row : json().path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == 2) {
                    buttons.add(new Button(
                            component.path("label").asText(""),
                            component.path("custom_id").asText(""),
                            component.path("style").asInt(),
                            component.path("disabled").asBoolean(false)));
                }
            }
        }
        return buttons;
    }

    /** The button with this label (or a label containing it). */
    public Button button(String label) {
        return buttons().stream()
                .filter(b -> b.label().equals(label))
                .findFirst()
                .or(() -> buttons().stream()
                        .filter(b -> b.label().contains(label))
                        .findFirst())
                .orElseThrow(() -> new AssertionError("no button '" + label + "' on message " + id + ": " + buttons()));
    }

    /** The string select menus, in order. */
    public List<Select> selects() {
        List<Select> selects = new ArrayList<>();
        for (JsonNode row : json().path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == 3) {
                    List<String> values = new ArrayList<>();
                    List<String> labels = new ArrayList<>();
                    component.path("options").forEach(option -> {
                        values.add(option.path("value").asText());
                        labels.add(option.path("label").asText());
                    });
                    selects.add(new Select(component.path("custom_id").asText(), labels, values));
                }
            }
        }
        return selects;
    }

    public Optional<Select> select() {
        return selects().stream().findFirst();
    }

    /** The attachments' file names. */
    public List<String> attachments() {
        List<String> names = new ArrayList<>();
        json().path("attachments").forEach(a -> names.add(a.path("filename").asText()));
        return names;
    }

    /** A button: what it says, its custom id, its style number and whether it is disabled. */
    public record Button(String label, String customId, int style, boolean disabled) {}

    /** A string select: its custom id and its options' labels and values. */
    public record Select(String customId, List<String> labels, List<String> values) {}

    @Override
    public String toString() {
        return "message " + id + " in " + channelId + (ephemeral() ? " (ephemeral)" : "") + ": "
                + text().replace('\n', ' ');
    }
}
