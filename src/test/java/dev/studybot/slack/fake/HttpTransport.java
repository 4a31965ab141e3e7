package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Slack's side of HTTP mode: form-encoded POSTs to the bot's {@code /slack/events}, signed with the
 * signing secret and the current time, as Slack sends them.
 */
public final class HttpTransport implements SlackTransport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI events;
    private final String secret;
    private final HttpClient client;

    public HttpTransport(URI events, String secret) {
        this(
                events,
                secret,
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build());
    }

    /** With a client of the caller's (a benchmark shares one among many threads). */
    public HttpTransport(URI events, String secret, HttpClient client) {
        this.events = events;
        this.secret = secret;
        this.client = client;
    }

    @Override
    public Ack command(Map<String, String> fields) {
        return signed(form(fields));
    }

    @Override
    public Ack interactive(JsonNode payload) {
        return signed("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
    }

    /** A body signed now with the right secret. */
    public Ack signed(String body) {
        long now = System.currentTimeMillis() / 1000;
        return post(body, String.valueOf(now), SlackSigner.sign(secret, now, body));
    }

    /** A body with any timestamp and signature, for forged and stale requests. */
    public Ack post(String body, String timestamp, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            return new Ack(response.statusCode(), parse(response.body()), nanos);
        } catch (IOException e) {
            throw new AssertionError("the bot did not answer " + events + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static JsonNode parse(String body) {
        if (body != null && body.startsWith("{")) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                // fall through: keep it as text
            }
        }
        return new TextNode(body == null ? "" : body);
    }

    /** Form-encodes fields as Slack does. */
    public static String form(Map<String, String> fields) {
        StringJoiner out = new StringJoiner("&");
        fields.forEach((name, value) -> out.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
