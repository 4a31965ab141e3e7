package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake's REST API under {@code /api/v10/}: the bot's user, the gateway, command registration,
 * interaction callbacks and webhook follow-ups, channel messages. It checks what Discord checks
 * (the token, the three-second callback deadline, one callback per interaction, message and
 * command limits) and answers with Discord's error codes, and records every call.
 */
final class FakeRest {
    private static final Logger log = LoggerFactory.getLogger(FakeRest.class);

    static final String PREFIX = "/api/v10/";

    private final FakeDiscord discord;
    private final FakeRoutes routes;
    private final HttpServer server;
    private final ExecutorService executor;

    /** A response: status, JSON body (or null), extra headers. */
    record Answer(int status, JsonNode body, Map<String, String> headers) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body, Map.of());
        }

        static Answer noContent() {
            return new Answer(204, null, Map.of());
        }

        static Answer error(int status, int code, String message) {
            return new Answer(status, Payloads.error(code, message), Map.of());
        }
    }

    /** A request as read: method, path below the prefix, query, JSON body, uploaded files. */
    record Request(
            String method,
            String path,
            Map<String, String> query,
            JsonNode body,
            List<RecordedCall.UploadedFile> files,
            boolean authorized) {}

    static {
        // like Discord, answer at once: without TCP_NODELAY the JDK server's body waits for the
        // client's delayed ACK of the headers, 40 ms a call (the JVM reads this once, at its first server)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    FakeRest(FakeDiscord discord) throws IOException {
        this.discord = discord;
        this.routes = new FakeRoutes(discord);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    private void handle(HttpExchange exchange) throws IOException {
        discord.requestStarted();
        try {
            handleCounted(exchange);
        } finally {
            discord.requestFinished();
        }
    }

    private void handleCounted(HttpExchange exchange) throws IOException {
        Answer answer;
        Request request = null;
        try {
            Request read = read(exchange);
            request = read;
            answer = discord.injected(read).orElseGet(() -> route(read));
        } catch (Exception e) {
            log.error("the fake REST API failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            answer = Answer.error(500, 0, "500: Internal Server Error");
        }
        if (request != null) {
            discord.record(request, answer);
        }
        write(exchange, answer);
    }

    private Request read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : "!" + rawPath;
        path = URLDecoder.decode(path, StandardCharsets.UTF_8);
        Map<String, String> query = new LinkedHashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.put(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = null;
        List<RecordedCall.UploadedFile> files = new ArrayList<>();
        if (Multipart.is(contentType)) {
            for (Multipart.Part part : Multipart.parse(contentType, bytes)) {
                if ("payload_json".equals(part.name())) {
                    body = Payloads.JSON.readTree(part.text());
                } else if (part.fileName() != null) {
                    files.add(new RecordedCall.UploadedFile(
                            part.name(), part.fileName(), part.contentType(), part.bytes()));
                }
            }
        } else if (bytes.length > 0) {
            body = Payloads.JSON.readTree(bytes);
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean authorized = ("Bot " + discord.token()).equals(authorization);
        return new Request(exchange.getRequestMethod(), path, query, body, files, authorized);
    }

    private static void write(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().add("Via", "1.1 google");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- routing -------------------------------------------------------------------------------

    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)/commands");
    private static final Pattern GUILD_COMMANDS = Pattern.compile("applications/(\\d+)/guilds/(\\d+)/commands");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");

    private Answer route(Request request) {
        String method = request.method();
        String path = request.path();
        boolean interactionRoute = path.startsWith("interactions/") || path.startsWith("webhooks/");
        if (!interactionRoute && !request.authorized()) {
            return Answer.error(401, 0, "401: Unauthorized");
        }
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            return Answer.ok(Payloads.selfUser(discord.bot()));
        }
        if (method.equals("GET") && path.equals("gateway")) {
            return Answer.ok(Payloads.JSON.createObjectNode().put("url", discord.gatewayUrl()));
        }
        if (method.equals("GET") && path.equals("gateway/bot")) {
            ObjectNode gateway = Payloads.JSON.createObjectNode();
            gateway.put("url", discord.gatewayUrl());
            gateway.put("shards", discord.recommendedShards());
            ObjectNode limit = gateway.putObject("session_start_limit");
            limit.put("total", 1000);
            limit.put("remaining", 999);
            limit.put("reset_after", 14400000);
            limit.put("max_concurrency", discord.maxConcurrency());
            return Answer.ok(gateway);
        }
        if ((m = COMMANDS.matcher(path)).matches()) {
            return commands(request, m.group(1), null);
        }
        if ((m = GUILD_COMMANDS.matcher(path)).matches()) {
            return commands(request, m.group(1), m.group(2));
        }
        if ((m = CALLBACK.matcher(path)).matches() && method.equals("POST")) {
            return routes.callback(m.group(1), m.group(2), request);
        }
        if ((m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
            return routes.webhookMessage(m.group(1), m.group(2), m.group(3), request);
        }
        if ((m = WEBHOOK.matcher(path)).matches() && method.equals("POST")) {
            return routes.followUp(m.group(1), m.group(2), request);
        }
        if ((m = CHANNEL_MESSAGES.matcher(path)).matches() && method.equals("POST")) {
            return routes.createChannelMessage(m.group(1), request);
        }
        if ((m = CHANNEL_MESSAGE.matcher(path)).matches()) {
            return routes.channelMessage(m.group(1), m.group(2), request);
        }
        return Answer.error(404, 0, "404: Not Found");
    }

    private Answer commands(Request request, String applicationId, String guildId) {
        if (!applicationId.equals(discord.applicationId())) {
            return Answer.error(403, 50001, "Missing Access");
        }
        if (guildId != null && discord.guild(guildId).isEmpty()) {
            return Answer.error(403, 50001, "Missing Access");
        }
        return switch (request.method()) {
            case "PUT" -> {
                if (request.body() == null || !request.body().isArray()) {
                    yield new Answer(400, Payloads.invalidForm("_root", "Must be an array of commands"), Map.of());
                }
                Optional<String> invalid = CommandRules.check(request.body());
                if (invalid.isPresent()) {
                    yield new Answer(400, Payloads.invalidForm("commands", invalid.get()), Map.of());
                }
                yield Answer.ok(routes.registerCommands(guildId, (ArrayNode) request.body()));
            }
            case "GET" -> Answer.ok(routes.registeredCommands(guildId));
            default -> Answer.error(405, 0, "405: Method Not Allowed");
        };
    }

    static String now() {
        return Payloads.timestamp(Instant.now());
    }
}
