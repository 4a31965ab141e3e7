package dev.studybot.slack;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on the JDK's HTTP server: Slack posts to {@code /slack/events}; each request is parsed by
 * Bolt's {@link SlackRequestParser} and run through {@link App#run}, whose first middleware checks the
 * signature and the timestamp: a forged or stale request gets 401 and reaches no listener.
 *
 * <p>Clicks ({@code block_actions}) take a shorter road, because a quiz brings a burst of them at once
 * and Bolt builds a new Gson, with all its reflection, for every interactive payload (about half a
 * millisecond of CPU each, most of a click's cost): a click is checked with Bolt's own {@link
 * SlackSignature.Verifier} (the check the {@code RequestVerification} middleware makes; a bad or stale
 * one gets 401), acknowledged at once, and handed to the adapter's click handler on a worker, parsed
 * with one shared Gson. Everything else goes through {@link App#run}.
 */
final class SlackHttpServer implements AutoCloseable {
    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    /** Slack's payloads are a few kilobytes; anything this big is not from Slack. */
    static final int MAX_BODY = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;
    private final Executor deferred;
    private final Consumer<String> clicks;
    private final HttpServer server;
    private final ExecutorService executor;

    /** The JDK HTTP server's switch for TCP_NODELAY on the sockets it accepts. */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes a response's headers and its body apart; with Nagle's algorithm on, the
        // body waits for Slack to acknowledge the headers, and a delayed ACK holds it up to 40 ms or
        // more. Search suggestions and command answers carry bodies. The server reads this once.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    /**
     * @param signingSecret the secret Bolt's verifier checks clicks with before they are acknowledged
     * @param deferred where acknowledged clicks are handled
     * @param clicks handles a verified {@code block_actions} payload (its JSON)
     */
    SlackHttpServer(App app, int port, int threads, String signingSecret, Executor deferred, Consumer<String> clicks)
            throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
        this.deferred = deferred;
        this.clicks = clicks;
        this.server = HttpServer.create(new InetSocketAddress(port), 512);
        AtomicInteger count = new AtomicInteger();
        this.executor =
                new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "slack-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(executor);
        server.createContext(PATH, this::handle);
        server.createContext("/", exchange -> reply(exchange, 404, "text/plain", "not found"));
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        try {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                reply(exchange, 404, "text/plain", "not found");
                return;
            }
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                reply(exchange, 405, "text/plain", "POST only");
                return;
            }
            String body = read(exchange.getRequestBody());
            if (body == null) {
                reply(exchange, 413, "text/plain", "too large");
                return;
            }
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
            SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(query(exchange.getRequestURI().getRawQuery()))
                    .requestBody(body)
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build();
            String click = blockActions(body);
            if (click != null) {
                ackFirst(exchange, raw, click);
                return;
            }
            Request<?> request = parser.parse(raw);
            if (request == null) {
                reply(exchange, 400, "text/plain", "not a Slack request");
                return;
            }
            Response response = app.run(request);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, values) -> {
                    if (!"content-type".equalsIgnoreCase(name)) {
                        values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                    }
                });
            }
            int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
            reply(exchange, status, response.getContentType(), response.getBody());
        } catch (Exception e) {
            log.error("a request to {} failed", PATH, e);
            try {
                reply(exchange, 500, "text/plain", "error");
            } catch (IOException | RuntimeException ignored) {
                // the exchange is already answered or gone
            }
        } finally {
            exchange.close();
        }
    }

    /** Verifies a click as Bolt does, acknowledges it, and handles it afterwards. */
    private void ackFirst(HttpExchange exchange, SlackRequestParser.HttpRequest raw, String payload)
            throws IOException {
        RequestHeaders headers = raw.getHeaders();
        if (!verifier.isValid(
                headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                raw.getRequestBody(),
                headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE))) {
            log.info("refused a click with a bad or stale signature");
            reply(exchange, 401, "application/json; charset=utf-8", "{\"error\":\"invalid request\"}");
            return;
        }
        try {
            deferred.execute(() -> clicks.accept(payload));
        } catch (RejectedExecutionException e) {
            reply(exchange, 503, "text/plain", "shutting down");
            return;
        }
        reply(exchange, 200, null, null);
    }

    /** The JSON of a form body's {@code block_actions} payload, or null for anything else. */
    static String blockActions(String body) {
        if (!body.startsWith("payload=")) {
            return null;
        }
        int end = body.indexOf('&');
        String encoded = body.substring("payload=".length(), end < 0 ? body.length() : end);
        try {
            String payload = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            return "block_actions".equals(topLevelType(payload)) ? payload : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The top-level {@code type} of a JSON object, read without building the rest (Slack puts it first). */
    private static String topLevelType(String json) throws IOException {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("type")) {
                    return reader.peek() == JsonToken.STRING ? reader.nextString() : null;
                }
                reader.skipValue();
            }
            return null;
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BODY) {
                return null;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
