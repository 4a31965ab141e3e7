package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as a member sees it in Slack, read from the Block Kit the bot sent: its text (every
 * header, section, field and context, entities undone), its buttons and selects, and where it went.
 *
 * @param via how it arrived: {@code chat.postMessage}, {@code chat.update}, {@code chat.postEphemeral}
 *     or {@code response_url}
 * @param channel the channel, when the Web API was used
 * @param ts the message ts (for posts: the one the fake gave out)
 * @param ephemeral whether only the member sees it
 * @param replaceOriginal whether a response_url answer replaced the clicked message
 * @param blocks the raw blocks
 */
public record SlackMessage(
        String via,
        String channel,
        String ts,
        boolean ephemeral,
        boolean replaceOriginal,
        String fallbackText,
        JsonNode blocks) {

    /** A button or select of the message. */
    public record Control(String type, String actionId, String text) {}

    /** All the text a member reads, top to bottom, with Slack's entities undone. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : blocks()) {
            appendText(out, block.path("text"));
            for (JsonNode field : block.path("fields")) {
                appendText(out, field);
            }
            if ("context".equals(block.path("type").asText())) {
                for (JsonNode element : block.path("elements")) {
                    appendText(out, element);
                }
            }
        }
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static void appendText(StringBuilder out, JsonNode text) {
        if (text.isObject() && text.has("text")) {
            out.append(text.path("text").asText()).append('\n');
        }
    }

    /** The blocks of one type ({@code header}, {@code section}, {@code actions}, ...). */
    public List<JsonNode> blocksOfType(String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode block : blocks()) {
            if (type.equals(block.path("type").asText())) {
                out.add(block);
            }
        }
        return out;
    }

    /** Buttons and selects, in order. */
    public List<Control> controls() {
        List<Control> out = new ArrayList<>();
        for (JsonNode block : blocksOfType("actions")) {
            for (JsonNode element : block.path("elements")) {
                out.add(new Control(
                        element.path("type").asText(),
                        element.path("action_id").asText(),
                        element.path("text")
                                .path("text")
                                .asText(element.path("placeholder").path("text").asText())));
            }
        }
        return out;
    }

    /** The buttons only. */
    public List<Control> buttons() {
        return controls().stream().filter(c -> c.type().equals("button")).toList();
    }

    /** The button whose label contains {@code label}. */
    public Control button(String label) {
        return buttons().stream()
                .filter(b -> b.text().contains(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button labelled '" + label + "' in " + buttons()));
    }

    /** The control of this type ({@code external_select}, {@code static_select}). */
    public Control control(String type) {
        return controls().stream()
                .filter(c -> c.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + controls()));
    }

    @Override
    public JsonNode blocks() {
        return blocks == null || blocks.isMissingNode() || blocks.isNull()
                ? JsonNodeFactory.instance.arrayNode()
                : blocks;
    }
}
