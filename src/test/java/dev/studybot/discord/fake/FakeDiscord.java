package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A small Discord on loopback for end-to-end tests: a REST API ({@link #apiUrl()}) and a gateway
 * ({@link #gatewayUrl()}) that speak Discord's protocol as JDA expects it. It holds guilds with
 * roles, channels and members, stores the messages the bot makes, sends interactions as members
 * would ({@link #slash}, {@link #press}, {@link #select}, {@link #autocomplete}), records every REST
 * call ({@link #calls()}) and can be told to answer a call with a rate limit or an error once.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     // start the bot with discord.token(), discord.apiUrl(), discord.gatewayUrl()
 *     discord.awaitSessions(1, Duration.ofSeconds(10));
 *     FakeGuild guild = discord.guild();
 *     FakeInteraction topic = discord.slash(guild.member("bob"), guild.channel("general"), "topic", Map.of("query", "epoll"));
 *     FakeMessage reply = topic.awaitAnswer(Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * The default world: guild "Gopher Study" with #general, #quiz and #announcements (where
 * @everyone, the bot included, may not post); alice (a Moderator, with Manage
 * Server; client in zh-CN), bob (en-US) and carol (zh-CN) as members; the bot "studybot".
 */
public final class FakeDiscord implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final FakeMember bot;
    private final List<FakeGuild> guilds = new CopyOnWriteArrayList<>();
    private final FakeRest rest;
    private final FakeGateway gateway;

    private final Map<String, FakeMessage> messages = new ConcurrentHashMap<>();
    private final Map<String, List<FakeMessage>> channelMessages = new ConcurrentHashMap<>();
    private final Map<String, FakeInteraction> interactions = new ConcurrentHashMap<>();
    private final Map<String, FakeInteraction> interactionsByToken = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final List<Injection> injections = new CopyOnWriteArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object changes = new Object();

    private volatile Duration callbackDeadline = Duration.ofSeconds(3);
    private volatile int grantedPrivilegedIntents;
    private volatile boolean guildsHeld;
    private volatile int recommendedShards = 1;
    private volatile int maxConcurrency = 1;

    private record Injection(String method, Pattern path, FakeRest.Answer answer, AtomicBoolean used) {}

    private FakeDiscord(int guildCount) {
        this.token = "fake." + randomToken(24) + "." + randomToken(27);
        long now = System.currentTimeMillis();
        this.bot = new FakeMember(
                Long.toUnsignedString(Snowflakes.at(now - 86_400_000L * 400)),
                "studybot",
                null,
                List.of(),
                "en-US",
                true);
        for (int i = 0; i < guildCount; i++) {
            guilds.add(defaultGuild(i, now));
        }
        try {
            this.rest = new FakeRest(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.gateway = new FakeGateway(this);
    }

    /** A fake Discord with one guild, listening on loopback. */
    public static FakeDiscord start() {
        return start(1);
    }

    /** A fake Discord with {@code guildCount} guilds whose ids fall on consecutive shards. */
    public static FakeDiscord start(int guildCount) {
        FakeDiscord discord = new FakeDiscord(guildCount);
        discord.rest.start();
        discord.gateway.startAndWait();
        return discord;
    }

    private FakeGuild defaultGuild(int index, long now) {
        // guild ids made on consecutive milliseconds land on consecutive shards: (id >> 22) % shards
        long created = now - 86_400_000L * 300 + index;
        String guildId = Long.toUnsignedString((created - Snowflakes.DISCORD_EPOCH) << 22);
        String owner = Long.toUnsignedString(Snowflakes.at(now - 86_400_000L * 900));
        FakeRole everyone = new FakeRole(guildId, "@everyone", FakeRole.MEMBER_DEFAULTS, 0);
        FakeRole moderator = new FakeRole(Snowflakes.next(), "Moderator", FakeRole.MANAGE_GUILD, 2);
        FakeRole botRole = new FakeRole(Snowflakes.next(), "studybot", FakeRole.MEMBER_DEFAULTS, 1);
        List<FakeChannel> channels = List.of(
                new FakeChannel(Snowflakes.next(), guildId, "general", 0),
                new FakeChannel(Snowflakes.next(), guildId, "quiz", 1),
                new FakeChannel(Snowflakes.next(), guildId, "announcements", 2, FakeRole.SEND_MESSAGES));
        List<FakeMember> members = List.of(
                new FakeMember(Snowflakes.next(), "alice", "Alice 管理员", List.of(moderator.id()), "zh-CN", false),
                new FakeMember(Snowflakes.next(), "bob", null, List.of(), "en-US", false),
                new FakeMember(Snowflakes.next(), "carol", "卡罗尔", List.of(), "zh-CN", false),
                new FakeMember(bot.id(), bot.username(), null, List.of(botRole.id()), "en-US", true));
        String name = index == 0 ? "Gopher Study" : "Gopher Study " + (index + 1);
        return new FakeGuild(guildId, name, owner, "zh-CN", List.of(everyone, botRole, moderator), channels, members);
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    // ---- what the bot connects with --------------------------------------------------------------

    /** The bot token the fake accepts. */
    public String token() {
        return token;
    }

    /** The REST base, like {@code http://127.0.0.1:port/api/v10/}. */
    public String apiUrl() {
        return rest.url();
    }

    /** The gateway, like {@code ws://127.0.0.1:port/}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public String applicationId() {
        return bot.id();
    }

    /** The bot's own account. */
    public FakeMember bot() {
        return bot;
    }

    /** The first guild. */
    public FakeGuild guild() {
        return guilds.get(0);
    }

    public List<FakeGuild> guilds() {
        return List.copyOf(guilds);
    }

    Optional<FakeGuild> guild(String guildId) {
        return guilds.stream().filter(g -> g.id().equals(guildId)).findFirst();
    }

    /** Replaces a guild's member list entry (to change a client language, say) before the bot connects. */
    public void replaceMember(FakeMember member) {
        for (int i = 0; i < guilds.size(); i++) {
            FakeGuild guild = guilds.get(i);
            List<FakeMember> members = new ArrayList<>(guild.members());
            members.replaceAll(m -> m.id().equals(member.id()) ? member : m);
            guilds.set(
                    i,
                    new FakeGuild(
                            guild.id(),
                            guild.name(),
                            guild.ownerId(),
                            guild.locale(),
                            guild.roles(),
                            guild.channels(),
                            members));
        }
    }

    // ---- knobs ---------------------------------------------------------------------------------

    /** How long after an interaction Discord takes its first answer: three seconds, unless a test says otherwise. */
    public void setCallbackDeadline(Duration deadline) {
        this.callbackDeadline = deadline;
    }

    /**
     * Lists the guilds in READY as unavailable and never sends their GUILD_CREATE, as in a Discord
     * outage: JDA then waits for them (75 s) before it is ready.
     */
    public void holdGuilds() {
        this.guildsHeld = true;
    }

    boolean guildsHeld() {
        return guildsHeld;
    }

    /** Grants privileged intents (Discord's bit set); none are granted by default. */
    public void grantPrivilegedIntents(int intents) {
        this.grantedPrivilegedIntents = intents;
    }

    int grantedPrivilegedIntents() {
        return grantedPrivilegedIntents;
    }

    /** What {@code gateway/bot} answers: the recommended shard count and how many may identify at once. */
    public void setGatewayBot(int shards, int concurrency) {
        this.recommendedShards = shards;
        this.maxConcurrency = concurrency;
    }

    int recommendedShards() {
        return recommendedShards;
    }

    int maxConcurrency() {
        return maxConcurrency;
    }

    /** Answers the next matching REST call with a 429 and this retry-after, as Discord's rate limiter does. */
    public void rateLimitOnce(String method, String pathRegex, double retryAfterSeconds) {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.put("message", "You are being rate limited.");
        body.put("retry_after", retryAfterSeconds);
        body.put("global", false);
        long reset = System.currentTimeMillis() + (long) (retryAfterSeconds * 1000);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString((long) Math.ceil(retryAfterSeconds)));
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset", String.format(java.util.Locale.ROOT, "%.3f", reset / 1000.0));
        headers.put("X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", retryAfterSeconds));
        headers.put("X-RateLimit-Bucket", "fake-" + Integer.toHexString(pathRegex.hashCode()));
        headers.put("X-RateLimit-Scope", "user");
        injections.add(new Injection(
                method, Pattern.compile(pathRegex), new FakeRest.Answer(429, body, headers), new AtomicBoolean()));
    }

    /** Answers the next matching REST call with this error (Discord's JSON error code and message). */
    public void failOnce(String method, String pathRegex, int status, int code, String message) {
        injections.add(new Injection(
                method, Pattern.compile(pathRegex), FakeRest.Answer.error(status, code, message), new AtomicBoolean()));
    }

    Optional<FakeRest.Answer> injected(FakeRest.Request request) {
        for (Injection injection : injections) {
            if (injection.method().equals(request.method())
                    && injection.path().matcher(request.path()).matches()
                    && injection.used().compareAndSet(false, true)) {
                return Optional.of(injection.answer());
            }
        }
        return Optional.empty();
    }

    /** Closes every gateway connection, as when Discord restarts a gateway node; JDA reconnects. */
    public void dropConnections() {
        gateway.dropAll(4000);
    }

    // ---- what the bot did ----------------------------------------------------------------------

    void record(FakeRest.Request request, FakeRest.Answer answer) {
        calls.add(new RecordedCall(
                seq.incrementAndGet(),
                Instant.now(),
                request.method(),
                request.path(),
                request.query(),
                request.body(),
                request.files(),
                answer.status(),
                answer.body(),
                request.authorized()));
        sessionsChanged();
    }

    void requestStarted() {
        inFlight.incrementAndGet();
    }

    void requestFinished() {
        inFlight.decrementAndGet();
        sessionsChanged();
    }

    /**
     * Waits (briefly) until no REST request is being handled. A test that saw a change (a message,
     * an answer) may look at the calls right away: the call that made the change is recorded by then.
     */
    private void awaitRecorded() {
        awaitCondition(Duration.ofSeconds(5), () -> inFlight.get() == 0, "pause in REST traffic");
    }

    /** Every REST call so far, in order (including any whose effect a test has already seen). */
    public List<RecordedCall> calls() {
        awaitRecorded();
        return List.copyOf(calls);
    }

    /** The REST calls with this method and a path matching the regex. */
    public List<RecordedCall> calls(String method, String pathRegex) {
        awaitRecorded();
        return calls.stream().filter(c -> c.is(method, pathRegex)).toList();
    }

    /** Waits for a REST call that matches. */
    public RecordedCall awaitCall(Predicate<RecordedCall> matching, Duration timeout) {
        awaitCondition(timeout, () -> calls.stream().anyMatch(matching), "a matching REST call; calls: " + calls);
        return calls.stream().filter(matching).findFirst().orElseThrow();
    }

    /** How the bot identified on the gateway, one entry per IDENTIFY. */
    public List<Identify> identifies() {
        return gateway.identifies().stream()
                .map(i -> new Identify(i.shard(), i.shards(), i.intents(), i.query()))
                .toList();
    }

    /** What happened on the fake's gateway, oldest first: connections, opcodes, sessions, closes. */
    public List<String> gatewayHistory() {
        return gateway.history();
    }

    /** An IDENTIFY: the shard, the intents the bot asked for, the gateway URL's query. */
    public record Identify(int shard, int shards, int intents, String query) {}

    /** How many bot sessions are connected and have received READY and their guilds. */
    public int readySessions() {
        return gateway.readySessions().size();
    }

    /** Waits until {@code count} bot sessions have identified and received their guilds. */
    public void awaitSessions(int count, Duration timeout) {
        awaitCondition(timeout, () -> gateway.readySessions().size() >= count, count + " ready gateway sessions");
    }

    /** Waits until the bot registered commands (globally, or in the guild) and returns them. */
    public JsonNode awaitCommands(FakeGuild inGuild, Duration timeout) {
        String scope = inGuild == null ? "global" : inGuild.id();
        awaitCondition(
                timeout,
                () -> commands.containsKey(scope),
                "commands registered " + (inGuild == null ? "globally" : "in " + inGuild.name()));
        return commands.get(scope).deepCopy();
    }

    /** The messages of a channel, oldest first (channel posts and public and ephemeral interaction replies). */
    public List<FakeMessage> messagesIn(FakeChannel channel) {
        return List.copyOf(channelMessages.getOrDefault(channel.id(), List.of()));
    }

    public FakeMessage message(String messageId) {
        FakeMessage message = messages.get(messageId);
        if (message == null) {
            throw new NoSuchElementException("no message " + messageId);
        }
        return message;
    }

    /** Waits until a channel holds {@code count} messages and returns them. */
    public List<FakeMessage> awaitMessagesIn(FakeChannel channel, int count, Duration timeout) {
        awaitCondition(timeout, () -> messagesIn(channel).size() >= count, count + " messages in #" + channel.name());
        return messagesIn(channel);
    }

    /**
     * A message the bot posted in an earlier life (before a restart, or with an older secret), with
     * buttons carrying these custom ids: what members may still press.
     */
    public FakeMessage seedBotMessage(FakeChannel channel, String text, List<String> customIds) {
        ObjectNode body = Payloads.JSON.createObjectNode();
        body.putArray("embeds").addObject().put("description", text);
        ArrayNode rows = body.putArray("components");
        ArrayNode row = rows.addObject().put("type", 1).putArray("components");
        int n = 1;
        for (String customId : customIds) {
            row.addObject()
                    .put("type", 2)
                    .put("style", 2)
                    .put("label", "Option " + n++)
                    .put("custom_id", customId);
        }
        return store(
                channel,
                MessageBodies.create(Snowflakes.next(), channel, body, List.of(), 0, 0, bot, null, null, cdn()));
    }

    // ---- interactions a member sends -------------------------------------------------------------

    /** A member runs a slash command with options by name (strings, numbers, or a {@link FakeMember}). */
    public FakeInteraction slash(FakeMember member, FakeChannel channel, String command, Map<String, ?> options) {
        return slash(member, channel, command, null, options);
    }

    /** A member runs a subcommand. */
    public FakeInteraction slash(
            FakeMember member, FakeChannel channel, String command, String subcommand, Map<String, ?> options) {
        FakeGuild guild = guildOf(channel);
        JsonNode registered = registeredCommand(guild, command);
        JsonNode definitions = registered.path("options");
        if (subcommand != null) {
            definitions = find(definitions, subcommand)
                    .orElseThrow(() -> new IllegalStateException("/" + command + " has no subcommand " + subcommand))
                    .path("options");
        }
        ObjectNode data = Payloads.JSON.createObjectNode();
        data.put("id", registered.path("id").asText());
        data.put("name", command);
        data.put("type", 1);
        if (registered.hasNonNull("guild_id")) {
            data.put("guild_id", registered.path("guild_id").asText());
        }
        ArrayNode values = Payloads.JSON.createArrayNode();
        ObjectNode resolved = Payloads.JSON.createObjectNode();
        for (Map.Entry<String, ?> option : options.entrySet()) {
            JsonNode definition = find(definitions, option.getKey())
                    .orElseThrow(() -> new IllegalStateException("/" + command + " has no option " + option.getKey()));
            values.add(optionValue(guild, definition, option.getValue(), resolved, false));
        }
        if (subcommand != null) {
            ArrayNode wrapper = data.putArray("options");
            wrapper.addObject().put("name", subcommand).put("type", 1).set("options", values);
        } else {
            data.set("options", values);
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return send(FakeInteraction.COMMAND, guild, channel, member, null, data);
    }

    /** A member types into an autocompleted option; the other options already filled may be given too. */
    public FakeInteraction autocomplete(
            FakeMember member, FakeChannel channel, String command, String option, String partial) {
        FakeGuild guild = guildOf(channel);
        JsonNode registered = registeredCommand(guild, command);
        JsonNode definition = find(registered.path("options"), option)
                .orElseThrow(() -> new IllegalStateException("/" + command + " has no option " + option));
        if (!definition.path("autocomplete").asBoolean(false)) {
            throw new IllegalStateException("Discord sends no autocomplete for /" + command + " " + option);
        }
        ObjectNode data = Payloads.JSON.createObjectNode();
        data.put("id", registered.path("id").asText());
        data.put("name", command);
        data.put("type", 1);
        ObjectNode focused =
                (ObjectNode) optionValue(guild, definition, partial, Payloads.JSON.createObjectNode(), true);
        data.putArray("options").add(focused);
        return send(FakeInteraction.AUTOCOMPLETE, guild, channel, member, null, data);
    }

    /** A member presses the button with this label (or a label containing it). */
    public FakeInteraction press(FakeMember member, FakeMessage message, String label) {
        return pressCustomId(member, message, message.button(label).customId());
    }

    /** A member presses the button with this custom id; Discord only sends ids the message shows. */
    public FakeInteraction pressCustomId(FakeMember member, FakeMessage message, String customId) {
        if (message.buttons().stream().noneMatch(b -> b.customId().equals(customId) && !b.disabled())) {
            throw new IllegalStateException("message " + message.id() + " shows no pressable button " + customId);
        }
        ObjectNode data = Payloads.JSON.createObjectNode();
        data.put("custom_id", customId);
        data.put("component_type", 2);
        return send(
                FakeInteraction.COMPONENT,
                guildOfChannel(message.channelId()),
                channel(message.channelId()),
                member,
                message,
                data);
    }

    /** A member picks these values in the message's first select. */
    public FakeInteraction select(FakeMember member, FakeMessage message, String... values) {
        FakeMessage.Select select = message.select()
                .orElseThrow(() -> new IllegalStateException("message " + message.id() + " has no select"));
        for (String value : values) {
            if (!select.values().contains(value)) {
                throw new IllegalStateException("the select offers no value " + value + ": " + select.values());
            }
        }
        ObjectNode data = Payloads.JSON.createObjectNode();
        data.put("custom_id", select.customId());
        data.put("component_type", 3);
        ArrayNode picked = data.putArray("values");
        for (String value : values) {
            picked.add(value);
        }
        return send(
                FakeInteraction.COMPONENT,
                guildOfChannel(message.channelId()),
                channel(message.channelId()),
                member,
                message,
                data);
    }

    private FakeInteraction send(
            int type, FakeGuild guild, FakeChannel channel, FakeMember member, FakeMessage source, ObjectNode data) {
        FakeInteraction interaction = new FakeInteraction(
                Snowflakes.next(), "aW50ZXJhY3Rpb246" + randomToken(48), type, guild, channel, member, source);
        interactions.put(interaction.id(), interaction);
        interactionsByToken.put(interaction.token(), interaction);
        long memberPermissions = guild.permissions(member);
        long botPermissions = guild.permissions(guild.member(bot.id()));
        ObjectNode payload = Payloads.interaction(interaction, applicationId(), botPermissions, memberPermissions);
        payload.set("data", data);
        if (source != null) {
            payload.set("message", source.json());
        }
        FakeGateway.Session session = gateway.sessionFor(guild.id());
        gateway.dispatch(session, "INTERACTION_CREATE", payload);
        return interaction;
    }

    private JsonNode optionValue(
            FakeGuild guild, JsonNode definition, Object value, ObjectNode resolved, boolean focused) {
        ObjectNode option = Payloads.JSON.createObjectNode();
        option.put("name", definition.path("name").asText());
        int type = definition.path("type").asInt();
        option.put("type", type);
        switch (type) {
            case 4 -> {
                if (focused) {
                    option.put("value", String.valueOf(value));
                } else {
                    option.put("value", Long.parseLong(String.valueOf(value)));
                }
            }
            case 5 -> option.put("value", Boolean.parseBoolean(String.valueOf(value)));
            case 6 -> {
                FakeMember target = value instanceof FakeMember m ? m : guild.member(String.valueOf(value));
                option.put("value", target.id());
                resolved.withObjectProperty("users").set(target.id(), Payloads.user(target));
                ObjectNode member = Payloads.member(guild, target, "2024-01-01T00:00:00.000000+00:00");
                member.remove("user");
                member.put("permissions", Long.toString(guild.permissions(target)));
                resolved.withObjectProperty("members").set(target.id(), member);
            }
            default -> option.put("value", String.valueOf(value));
        }
        if (focused) {
            option.put("focused", true);
        }
        return option;
    }

    private JsonNode registeredCommand(FakeGuild guild, String name) {
        for (String scope : List.of(guild.id(), "global")) {
            ArrayNode registered = commands.get(scope);
            if (registered != null) {
                Optional<JsonNode> command = find(registered, name);
                if (command.isPresent()) {
                    return command.get();
                }
            }
        }
        throw new IllegalStateException("/" + name + " is not registered; members cannot use it");
    }

    static Optional<JsonNode> find(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.path("name").asText().equals(name)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private FakeGuild guildOf(FakeChannel channel) {
        return guild(channel.guildId()).orElseThrow(() -> new NoSuchElementException("no guild " + channel.guildId()));
    }

    private FakeGuild guildOfChannel(String channelId) {
        return guilds.stream()
                .filter(g -> g.hasChannel(channelId))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no channel " + channelId));
    }

    private FakeChannel channel(String channelId) {
        return guildOfChannel(channelId).channel(channelId);
    }

    Optional<FakeChannel> findChannel(String channelId) {
        return guilds.stream().filter(g -> g.hasChannel(channelId)).findFirst().map(g -> g.channel(channelId));
    }

    // ---- the store the REST routes change (FakeRoutes) ----------------------------------------------

    String cdn() {
        return rest.url().replace("/api/v10/", "/attachments/");
    }

    FakeMessage store(FakeChannel channel, ObjectNode json) {
        FakeMessage message = new FakeMessage(json.path("id").asText(), channel.id(), json);
        messages.put(message.id(), message);
        channelMessages
                .computeIfAbsent(channel.id(), k -> new CopyOnWriteArrayList<>())
                .add(message);
        return message;
    }

    FakeInteraction interaction(String interactionId) {
        return interactions.get(interactionId);
    }

    FakeInteraction interactionByToken(String token) {
        return interactionsByToken.get(token);
    }

    FakeMessage storedMessage(String messageId) {
        return messages.get(messageId);
    }

    Duration callbackDeadline() {
        return callbackDeadline;
    }

    ArrayNode commands(String scope) {
        return commands.get(scope);
    }

    void putCommands(String scope, ArrayNode registered) {
        commands.put(scope, registered);
        sessionsChanged();
    }

    // ---- waiting ---------------------------------------------------------------------------------

    void sessionsChanged() {
        synchronized (changes) {
            changes.notifyAll();
        }
    }

    private void awaitCondition(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the fake Discord saw no " + what + " within " + timeout);
                }
                try {
                    // also wake up now and then: some conditions change without a notification
                    changes.wait(Math.max(1, Math.min(100, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + what, e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rest.stop();
    }
}
