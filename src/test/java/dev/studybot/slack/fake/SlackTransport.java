package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** How Slack delivers an event to the bot: signed HTTP requests, or Socket Mode envelopes. */
public interface SlackTransport {
    /**
     * What the bot answered within Slack's deadline.
     *
     * @param status the HTTP status (Socket Mode: 200 once acked)
     * @param body the response body or the ack's payload, as JSON when it is JSON (else a text node)
     * @param nanos how long the answer took
     */
    record Ack(int status, JsonNode body, long nanos) {
        public boolean ok() {
            return status == 200;
        }
    }

    /** Sends a slash command (its form fields) and waits for the ack. */
    Ack command(Map<String, String> fields);

    /** Sends an interactive payload ({@code block_actions}, {@code block_suggestion}) and waits for the ack. */
    Ack interactive(JsonNode payload);
}
