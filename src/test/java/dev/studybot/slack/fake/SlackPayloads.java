package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Payloads as Slack sends them (field names and shapes from Slack's docs and Bolt's payload classes). */
public final class SlackPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TRIGGERS = new AtomicLong(1000);
    public static final String APP_ID = "A0STUDY";

    private SlackPayloads() {}

    /** Who acts, and where. */
    public record Where(
            String teamId, String teamDomain, String channelId, String channelName, String userId, String userName) {}

    /** The form fields of a slash command. */
    public static Map<String, String> slashCommand(Where where, String command, String text, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "verification-token-unused");
        fields.put("team_id", where.teamId());
        fields.put("team_domain", where.teamDomain());
        fields.put("channel_id", where.channelId());
        fields.put("channel_name", where.channelName());
        fields.put("user_id", where.userId());
        fields.put("user_name", where.userName());
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", APP_ID);
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", trigger());
        return fields;
    }

    /** A click on a button. */
    public static ObjectNode buttonClick(
            Where where, String messageTs, boolean ephemeral, String actionId, String label, String responseUrl) {
        ObjectNode payload = interactive("block_actions", where, messageTs, ephemeral);
        payload.put("response_url", responseUrl);
        payload.put("trigger_id", trigger());
        payload.putObject("state").putObject("values");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "button").put("action_id", actionId).put("block_id", "b1");
        action.putObject("text").put("type", "plain_text").put("text", label).put("emoji", true);
        action.put("action_ts", actionTs());
        return payload;
    }

    /** A pick in a static or external select. */
    public static ObjectNode selectPick(
            Where where,
            String messageTs,
            boolean ephemeral,
            String type,
            String actionId,
            String value,
            String label,
            String responseUrl) {
        ObjectNode payload = interactive("block_actions", where, messageTs, ephemeral);
        payload.put("response_url", responseUrl);
        payload.put("trigger_id", trigger());
        payload.putObject("state").putObject("values");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", type).put("action_id", actionId).put("block_id", "b2");
        ObjectNode selected = action.putObject("selected_option");
        selected.putObject("text").put("type", "plain_text").put("text", label).put("emoji", true);
        selected.put("value", value);
        action.put("action_ts", actionTs());
        return payload;
    }

    /** What an external select sends while the member types. */
    public static ObjectNode blockSuggestion(Where where, String messageTs, String actionId, String value) {
        ObjectNode payload = interactive("block_suggestion", where, messageTs, true);
        payload.put("action_id", actionId).put("block_id", "b3").put("value", value);
        return payload;
    }

    private static ObjectNode interactive(String type, Where where, String messageTs, boolean ephemeral) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("user")
                .put("id", where.userId())
                .put("username", where.userName())
                .put("name", where.userName())
                .put("team_id", where.teamId());
        payload.put("api_app_id", APP_ID).put("token", "verification-token-unused");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", messageTs)
                .put("channel_id", where.channelId())
                .put("is_ephemeral", ephemeral);
        payload.putObject("team").put("id", where.teamId()).put("domain", where.teamDomain());
        payload.putNull("enterprise");
        payload.put("is_enterprise_install", false);
        payload.putObject("channel").put("id", where.channelId()).put("name", where.channelName());
        payload.putObject("message")
                .put("type", "message")
                .put("ts", messageTs)
                .put("user", FakeSlack.BOT_USER_ID)
                .put("text", "");
        return payload;
    }

    private static String trigger() {
        return TRIGGERS.incrementAndGet() + ".1.fake";
    }

    private static String actionTs() {
        return String.format("%.6f", System.currentTimeMillis() / 1000.0);
    }
}
