package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Socket Mode server on loopback: it greets each connection with {@code hello}, sends
 * envelopes ({@code slash_commands}, {@code interactive}) to the newest connection, and records the
 * acks the bot sends back by envelope id.
 */
public final class FakeSocketMode implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An ack the bot sent: the envelope it answers and its payload (empty object when none). */
    public record Ack(String envelopeId, JsonNode payload, long receivedNanos) {}

    private final Server server;
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final Map<String, Ack> acks = new ConcurrentHashMap<>();
    private final Map<String, Long> sentNanos = new ConcurrentHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    private FakeSocketMode() throws InterruptedException {
        server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setReuseAddr(true);
        server.setDaemon(true);
        server.start();
        if (!server.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
    }

    static FakeSocketMode start() {
        try {
            return new FakeSocketMode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URL apps.connections.open hands out. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake";
    }

    /** Open connections now. */
    public int openConnections() {
        return (int) connections.stream().filter(WebSocket::isOpen).count();
    }

    /** Waits until the bot holds an open connection. */
    public void awaitConnected(Duration timeout) {
        Wait.until(timeout, this::openConnections, n -> n > 0, "a Socket Mode connection");
    }

    /**
     * Sends an envelope to the bot and returns its id.
     *
     * @param type {@code slash_commands} or {@code interactive}
     */
    public String send(String type, JsonNode payload) {
        WebSocket connection = connections.stream()
                .filter(WebSocket::isOpen)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("the bot is not connected over Socket Mode"));
        String id = UUID.randomUUID().toString();
        ObjectNode envelope =
                JSON.createObjectNode().put("envelope_id", id).put("type", type).put("accepts_response_payload", true);
        envelope.set("payload", payload);
        sentNanos.put(id, System.nanoTime());
        connection.send(envelope.toString());
        return id;
    }

    /** Waits for the bot's ack of an envelope. */
    public Ack awaitAck(String envelopeId, Duration timeout) {
        return Wait.until(timeout, () -> acks.get(envelopeId), a -> a != null, "the ack of envelope " + envelopeId);
    }

    /** Every text frame the bot sent. */
    public List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        Server(InetSocketAddress address) {
            super(address);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connections.add(connection);
            connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                    + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0STUDY\"}}");
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            received.add(message);
            try {
                JsonNode node = JSON.readTree(message);
                String id = node.path("envelope_id").asText(null);
                if (id != null) {
                    JsonNode payload = node.has("payload") ? node.get("payload") : JSON.createObjectNode();
                    acks.putIfAbsent(id, new Ack(id, payload, System.nanoTime()));
                }
            } catch (IOException e) {
                // not JSON: recorded in received, nothing else
            }
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
            connections.remove(connection);
        }

        @Override
        public void onError(WebSocket connection, Exception e) {
            // a failed connection shows in openConnections()
        }
    }
}
