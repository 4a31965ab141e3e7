package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A fake Slack on loopback, for tests: the Web API methods the bot uses ({@code auth.test}, {@code
 * chat.postMessage}, {@code chat.update}, {@code chat.postEphemeral}, {@code users.info}, {@code
 * usergroups.users.list}, {@code usergroups.list}, {@code conversations.open}, {@code
 * files.getUploadURLExternal}, the upload URL, {@code files.completeUploadExternal}, {@code
 * apps.connections.open}), the {@code response_url}s it hands out in payloads, and a Socket Mode
 * WebSocket ({@link FakeSocketMode}). Every call is recorded; a method can be told to answer 429 with a
 * Retry-After, or to refuse with an error.
 *
 * <p>Like Slack, it refuses a {@code thread_ts} that names an ephemeral message (one cannot be a thread
 * parent), and here an upload into a direct-message channel that {@code conversations.open} did not
 * give out.
 *
 * <p>Start it, point the bot's Web API prefix at {@link #apiUrl()}, add members, and drive the bot
 * with a {@link SlackUser}.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM_ID = "T0STUDY";
    public static final String TEAM_DOMAIN = "study-team";
    public static final String BOT_USER_ID = "U0BOT";
    public static final String BOT_TOKEN = "xoxb-fake-bot-token-0000";
    public static final String APP_TOKEN = "xapp-1-fake-app-token-0000";
    /** A channel chat.postMessage answers {@code channel_not_found} for. */
    public static final String MISSING_CHANNEL = "C0GONE";

    public static final String SIGNING_SECRET = "fake-signing-secret-0123456789abcdef";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Web API call as the fake received it. */
    public record Call(String method, Map<String, String> params, String token, int status) {
        /** A form parameter holding JSON ({@code blocks}, {@code files}), parsed. */
        public JsonNode json(String param) {
            try {
                String value = params.get(param);
                return value == null ? JSON.missingNode() : JSON.readTree(value);
            } catch (IOException e) {
                throw new AssertionError("parameter " + param + " is not JSON: " + params.get(param), e);
            }
        }

        public String param(String name) {
            return params.get(name);
        }

        /** The message this call posted or updated, as a member sees it. */
        public SlackMessage message(String ts) {
            return new SlackMessage(
                    method,
                    params.get("channel"),
                    ts,
                    method.equals("chat.postEphemeral"),
                    false,
                    params.get("text"),
                    json("blocks"));
        }
    }

    /** A POST to a response_url the fake handed out. */
    public record ResponsePost(String url, JsonNode body) {
        /** The answer as a member sees it. */
        public SlackMessage message() {
            boolean replace = body.path("replace_original").asBoolean(false);
            boolean ephemeral = !"in_channel".equals(body.path("response_type").asText("ephemeral"));
            return new SlackMessage(
                    "response_url",
                    null,
                    null,
                    ephemeral,
                    replace,
                    body.path("text").asText(),
                    body.path("blocks"));
        }
    }

    /** A member of the workspace, as users.info tells it. */
    public record Member(String id, String name, boolean admin, boolean owner, String locale) {}

    /** A file uploaded to the upload URL. */
    public record Upload(String fileId, byte[] bytes) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final FakeSocketMode socketMode;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<ResponsePost> responses = new CopyOnWriteArrayList<>();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final Map<String, List<String>> usergroups = new ConcurrentHashMap<>();
    private final Map<String, String> usergroupHandles = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> rateLimits = new ConcurrentHashMap<>();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final Set<String> ephemeralTs = ConcurrentHashMap.newKeySet();
    private final Map<String, String> directMessages = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean responseUrlsExpired;

    static {
        // like Slack's servers, answer at once: without TCP_NODELAY the JDK server's body waits for
        // the client's delayed ACK of the headers, 40 ms a response_url post
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        executor = Executors.newFixedThreadPool(16, r -> {
            Thread thread = new Thread(r, "fake-slack");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.createContext("/upload/", this::upload);
        server.start();
        socketMode = FakeSocketMode.start();
    }

    /** Starts the fake on free loopback ports. */
    public static FakeSlack start() {
        try {
            return new FakeSlack();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Slack", e);
        }
    }

    /** The Web API prefix for the bot ({@code STUDYBOT_SLACK_API_URL}). */
    public String apiUrl() {
        return base() + "/api/";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Socket Mode side. */
    public FakeSocketMode socketMode() {
        return socketMode;
    }

    // ---- set-up

    /** Adds (or replaces) a member that users.info knows. */
    public Member addMember(String id, String name, boolean admin, String locale) {
        Member member = new Member(id, name, admin, false, locale);
        members.put(id, member);
        return member;
    }

    /** Adds a user group with an id, a handle and members. */
    public void addUsergroup(String id, String handle, String... userIds) {
        usergroups.put(id, List.of(userIds));
        usergroupHandles.put(id, handle);
    }

    /** The next {@code times} calls of {@code method} answer 429 with this Retry-After (seconds). */
    public void rateLimit(String method, int times, int retryAfterSeconds) {
        List<Integer> queue = rateLimits.computeIfAbsent(method, k -> Collections.synchronizedList(new ArrayList<>()));
        for (int i = 0; i < times; i++) {
            queue.add(retryAfterSeconds);
        }
    }

    /**
     * Makes every call of {@code method} answer {@code {"ok":false,"error":<error>}} until called again
     * with a null error.
     */
    public void refuse(String method, String error) {
        if (error == null) {
            refusals.remove(method);
        } else {
            refusals.put(method, error);
        }
    }

    /** Makes every response_url answer 404 {@code expired_url}, as Slack does after 30 minutes. */
    public void expireResponseUrls(boolean expired) {
        responseUrlsExpired = expired;
    }

    /** A new response_url, as Slack puts one in each command and click payload. */
    public String newResponseUrl() {
        return base() + "/response/" + ids.incrementAndGet();
    }

    // ---- what happened

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Calls that went through (not answered 429). */
    public List<Call> okCalls(String method) {
        return calls.stream()
                .filter(c -> c.method().equals(method) && c.status() == 200)
                .toList();
    }

    public List<ResponsePost> responses() {
        return List.copyOf(responses);
    }

    /** Answers posted to one response_url. */
    public List<ResponsePost> responses(String url) {
        return responses.stream().filter(r -> r.url().equals(url)).toList();
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** The direct-message channel conversations.open gave out for a member, if it did. */
    public Optional<String> directMessage(String userId) {
        return Optional.ofNullable(directMessages.get(userId));
    }

    /** Waits until {@code method} was called successfully {@code count} times. */
    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        return Wait.until(timeout, () -> okCalls(method), list -> list.size() >= count, method + " x" + count);
    }

    /** Waits for the first answer to a response_url. */
    public ResponsePost awaitResponse(String url, Duration timeout) {
        return Wait.until(timeout, () -> responses(url), list -> !list.isEmpty(), "an answer to " + url)
                .get(0);
    }

    /** Waits until a condition over the recorded answers holds. */
    public List<ResponsePost> awaitResponses(Predicate<List<ResponsePost>> condition, Duration timeout) {
        return Wait.until(timeout, this::responses, condition, "answers to response_urls");
    }

    /** Forgets what was recorded (not members or rate limits). */
    public void clear() {
        calls.clear();
        responses.clear();
        uploads.clear();
    }

    // ---- the Web API

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = Optional.ofNullable(
                            exchange.getRequestHeaders().getFirst("Content-Type"))
                    .orElse("");
            Map<String, String> params = contentType.startsWith("application/json") ? jsonParams(body) : form(body);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : params.get("token");
            List<Integer> limits = rateLimits.get(method);
            Integer retryAfter = null;
            if (limits != null) {
                synchronized (limits) {
                    if (!limits.isEmpty()) {
                        retryAfter = limits.remove(0);
                    }
                }
            }
            if (retryAfter != null) {
                calls.add(new Call(method, params, token, 429));
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
                send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            calls.add(new Call(method, params, token, 200));
            send(exchange, 200, JSON.writeValueAsString(answer(method, params, token)));
        }
    }

    private ObjectNode answer(String method, Map<String, String> params, String token) {
        ObjectNode out = JSON.createObjectNode();
        boolean appMethod = method.equals("apps.connections.open");
        String expected = appMethod ? APP_TOKEN : BOT_TOKEN;
        if (token == null || !token.equals(expected)) {
            return out.put("ok", false).put("error", token == null ? "not_authed" : "invalid_auth");
        }
        String refusal = refusals.get(method);
        if (refusal != null) {
            return out.put("ok", false).put("error", refusal);
        }
        String threadTs = params.get("thread_ts");
        if (threadTs != null && ephemeralTs.contains(threadTs)) {
            // Slack's own word for it is undocumented; what matters is that it refuses
            return out.put("ok", false).put("error", "invalid_thread_ts");
        }
        String sharedTo = params.get("channel_id");
        if (method.equals("files.completeUploadExternal")
                && sharedTo != null
                && sharedTo.startsWith("D")
                && !directMessages.containsValue(sharedTo)) {
            return out.put("ok", false).put("error", "channel_not_found");
        }
        out.put("ok", true);
        switch (method) {
            case "auth.test" ->
                out.put("url", "https://" + TEAM_DOMAIN + ".slack.com/")
                        .put("team", "Study Team")
                        .put("user", "studybot")
                        .put("team_id", TEAM_ID)
                        .put("user_id", BOT_USER_ID)
                        .put("bot_id", "B0BOT");
            case "apps.connections.open" -> out.put("url", socketMode.url());
            case "chat.postMessage" -> {
                if (MISSING_CHANNEL.equals(params.get("channel"))) {
                    return JSON.createObjectNode().put("ok", false).put("error", "channel_not_found");
                }
                String next = nextTs();
                out.put("channel", params.get("channel")).put("ts", next);
                out.putObject("message").put("ts", next).put("text", params.getOrDefault("text", ""));
            }
            case "chat.update" ->
                out.put("channel", params.get("channel"))
                        .put("ts", params.get("ts"))
                        .put("text", params.getOrDefault("text", ""));
            case "chat.postEphemeral" -> {
                String next = nextTs();
                ephemeralTs.add(next);
                out.put("message_ts", next);
            }
            case "conversations.open" -> {
                String users = params.getOrDefault("users", "");
                if (users.isEmpty() || users.contains(",")) {
                    // a group DM is not what the bot asks for
                    return JSON.createObjectNode().put("ok", false).put("error", "invalid_arguments");
                }
                if (!members.containsKey(users)) {
                    return JSON.createObjectNode().put("ok", false).put("error", "user_not_found");
                }
                String dm = directMessages.computeIfAbsent(users, u -> "D" + u.substring(1));
                out.putObject("channel").put("id", dm);
            }
            case "users.info" -> {
                Member member = members.get(params.getOrDefault("user", ""));
                if (member == null) {
                    return JSON.createObjectNode().put("ok", false).put("error", "user_not_found");
                }
                ObjectNode user = out.putObject("user");
                user.put("id", member.id())
                        .put("team_id", TEAM_ID)
                        .put("name", member.name())
                        .put("real_name", member.name())
                        .put("is_admin", member.admin())
                        .put("is_owner", member.owner())
                        .put("is_primary_owner", false)
                        .put("is_bot", false);
                if (member.locale() != null && List.of("1", "true").contains(params.get("include_locale"))) {
                    user.put("locale", member.locale());
                }
            }
            case "usergroups.users.list" -> {
                List<String> users = usergroups.get(params.getOrDefault("usergroup", ""));
                if (users == null) {
                    return JSON.createObjectNode().put("ok", false).put("error", "no_such_subteam");
                }
                ArrayNode array = out.putArray("users");
                users.forEach(array::add);
            }
            case "usergroups.list" -> {
                ArrayNode array = out.putArray("usergroups");
                usergroups.forEach((id, users) -> {
                    ObjectNode group = array.addObject()
                            .put("id", id)
                            .put("team_id", TEAM_ID)
                            .put("handle", usergroupHandles.get(id))
                            .put("name", usergroupHandles.get(id));
                    ArrayNode list = group.putArray("users");
                    users.forEach(list::add);
                });
            }
            case "files.getUploadURLExternal" -> {
                String fileId = "F" + ids.incrementAndGet();
                out.put("upload_url", base() + "/upload/" + fileId).put("file_id", fileId);
            }
            case "files.completeUploadExternal" -> {
                ArrayNode files = out.putArray("files");
                try {
                    for (JsonNode file : JSON.readTree(params.getOrDefault("files", "[]"))) {
                        files.addObject()
                                .put("id", file.path("id").asText())
                                .put("title", file.path("title").asText());
                    }
                } catch (IOException e) {
                    return JSON.createObjectNode().put("ok", false).put("error", "invalid_json");
                }
            }
            default -> {
                return JSON.createObjectNode().put("ok", false).put("error", "unknown_method");
            }
        }
        return out;
    }

    private String nextTs() {
        long value = ts.incrementAndGet();
        return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String url = base() + exchange.getRequestURI().getPath();
            if (responseUrlsExpired) {
                send(exchange, 404, "expired_url");
                return;
            }
            try {
                responses.add(new ResponsePost(url, JSON.readTree(body)));
            } catch (IOException e) {
                send(exchange, 400, "invalid_payload");
                return;
            }
            send(exchange, 200, "ok");
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
            uploads.add(new Upload(fileId, exchange.getRequestBody().readAllBytes()));
            send(exchange, 200, "OK - " + uploads.size());
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static Map<String, String> jsonParams(String body) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(body);
        node.fields()
                .forEachRemaining(e -> params.put(
                        e.getKey(),
                        e.getValue().isTextual()
                                ? e.getValue().asText()
                                : e.getValue().toString()));
        return params;
    }

    @Override
    public void close() {
        socketMode.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
