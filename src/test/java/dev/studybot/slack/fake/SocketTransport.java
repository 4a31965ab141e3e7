package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;

/** Slack's side of Socket Mode: envelopes over the fake WebSocket, answered by acks. */
public final class SocketTransport implements SlackTransport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    private final FakeSocketMode socket;

    public SocketTransport(FakeSocketMode socket) {
        this.socket = socket;
    }

    @Override
    public Ack command(Map<String, String> fields) {
        ObjectNode payload = JSON.createObjectNode();
        fields.forEach(payload::put);
        return roundTrip("slash_commands", payload);
    }

    @Override
    public Ack interactive(JsonNode payload) {
        return roundTrip("interactive", payload);
    }

    private Ack roundTrip(String type, JsonNode payload) {
        long start = System.nanoTime();
        String id = socket.send(type, payload);
        FakeSocketMode.Ack ack = socket.awaitAck(id, ACK_TIMEOUT);
        return new Ack(200, ack.payload(), ack.receivedNanos() - start);
    }
}
