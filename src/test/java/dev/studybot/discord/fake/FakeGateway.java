package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake's gateway: says HELLO, acknowledges heartbeats (op 1 -> op 11), answers IDENTIFY with
 * READY and a GUILD_CREATE for each guild of the session's shard, answers RESUME with RESUMED, and
 * dispatches what the tests send. Like Discord it closes with 4004 on a wrong token and 4014 when a
 * privileged intent is asked for that the application was not granted.
 */
final class FakeGateway extends WebSocketServer {
    private static final Logger log = LoggerFactory.getLogger(FakeGateway.class);

    static final int HEARTBEAT_INTERVAL = 41250;

    static final int GUILD_MEMBERS = 1 << 1;

    /** GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT: the intents Discord must grant first. */
    static final int PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

    private final FakeDiscord discord;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<Session> sessions = new CopyOnWriteArrayList<>();

    /** A connection of the bot, identified or not yet. */
    static final class Session {
        final WebSocket socket;
        final String query;
        final AtomicInteger seq = new AtomicInteger();
        volatile String sessionId;
        volatile int shard;
        volatile int shards = 1;
        volatile int intents;
        volatile boolean ready;

        Session(WebSocket socket, String query) {
            this.socket = socket;
            this.query = query;
        }
    }

    /** What the bot said when it identified. */
    record Identify(int shard, int shards, int intents, String query, JsonNode properties) {}

    private final List<Identify> identifies = new CopyOnWriteArrayList<>();

    /** What happened on the gateway, a line each, for the message of a test that waited in vain. */
    private final List<String> history = new CopyOnWriteArrayList<>();

    private void note(Session session, String what) {
        history.add(Instant.now() + " session " + (session == null ? "?" : sessions.indexOf(session)) + ": " + what);
    }

    List<String> history() {
        return List.copyOf(history);
    }

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.discord = discord;
        setReuseAddr(true);
        setTcpNoDelay(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    List<Identify> identifies() {
        return List.copyOf(identifies);
    }

    List<Session> readySessions() {
        return sessions.stream().filter(s -> s.ready && s.socket.isOpen()).toList();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        int q = resource.indexOf('?');
        Session session = new Session(socket, q < 0 ? "" : resource.substring(q + 1));
        socket.setAttachment(session);
        sessions.add(session);
        note(session, "opened " + resource);
        ObjectNode hello = Payloads.JSON.createObjectNode();
        hello.put("op", 10);
        hello.putNull("s");
        hello.putNull("t");
        hello.putObject("d")
                .put("heartbeat_interval", HEARTBEAT_INTERVAL)
                .putArray("_trace")
                .add("[\"fake-gateway\"]");
        socket.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        Session session = socket.getAttachment();
        try {
            JsonNode message = Payloads.JSON.readTree(text);
            int op = message.path("op").asInt(-1);
            note(session, "bot sent op " + op);
            switch (op) {
                case 1 -> socket.send("{\"op\":11,\"s\":null,\"t\":null,\"d\":null}");
                case 2 -> identify(session, message.path("d"));
                case 6 -> resume(session, message.path("d"));
                case 3, 4, 8 -> log.debug("gateway op {} ignored", op);
                default -> socket.close(4001, "Unknown opcode.");
            }
        } catch (Exception e) {
            log.error("the fake gateway could not read {}", text, e);
            socket.close(4002, "Decode error.");
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer bytes) {
        // the bot asked for JSON without compression; binary frames would be ETF or zlib
        socket.close(4002, "Decode error.");
    }

    private void identify(Session session, JsonNode d) {
        if (!discord.token().equals(d.path("token").asText())) {
            note(session, "IDENTIFY with a wrong token");
            session.socket.close(4004, "Authentication failed.");
            return;
        }
        int intents = d.path("intents").asInt(0);
        JsonNode shardInfo = d.path("shard");
        int shard = shardInfo.isArray() ? shardInfo.get(0).asInt() : 0;
        int shards = shardInfo.isArray() ? shardInfo.get(1).asInt() : 1;
        identifies.add(new Identify(shard, shards, intents, session.query, d.path("properties")));
        if ((intents & PRIVILEGED_INTENTS & ~discord.grantedPrivilegedIntents()) != 0) {
            session.socket.close(4014, "Disallowed intent(s).");
            return;
        }
        if (shard < 0 || shards < 1 || shard >= shards) {
            session.socket.close(4010, "Invalid shard.");
            return;
        }
        session.intents = intents;
        session.shard = shard;
        session.shards = shards;
        session.sessionId = UUID.randomUUID().toString().replace("-", "");
        List<FakeGuild> guilds = discord.guilds().stream()
                .filter(g -> Snowflakes.shardOf(g.id(), shards) == shard)
                .toList();
        dispatch(
                session,
                "READY",
                Payloads.ready(
                        discord.bot(), discord.applicationId(), guilds, session.sessionId, url(), shard, shards));
        if (discord.guildsHeld()) {
            note(session, "READY sent; GUILD_CREATE held back for " + guilds.size() + " guilds");
        } else {
            for (FakeGuild guild : guilds) {
                boolean members = (intents & GUILD_MEMBERS) != 0;
                dispatch(session, "GUILD_CREATE", Payloads.guildCreate(guild, discord.bot(), Instant.now(), members));
            }
            note(session, "ready after READY and " + guilds.size() + " GUILD_CREATE");
        }
        session.ready = true;
        discord.sessionsChanged();
    }

    private void resume(Session session, JsonNode d) {
        if (!discord.token().equals(d.path("token").asText())) {
            session.socket.close(4004, "Authentication failed.");
            return;
        }
        Session previous = sessions.stream()
                .filter(s -> d.path("session_id").asText().equals(s.sessionId) && s != session)
                .findFirst()
                .orElse(null);
        if (previous == null) {
            note(session, "RESUME of an unknown session: INVALID_SESSION");
            ObjectNode invalid = Payloads.JSON.createObjectNode();
            invalid.put("op", 9);
            invalid.put("d", false);
            invalid.putNull("s");
            invalid.putNull("t");
            session.socket.send(invalid.toString());
            return;
        }
        session.sessionId = previous.sessionId;
        session.shard = previous.shard;
        session.shards = previous.shards;
        session.intents = previous.intents;
        session.seq.set(previous.seq.get());
        sessions.remove(previous);
        dispatch(session, "RESUMED", Payloads.JSON.createObjectNode());
        note(session, "RESUMED session " + sessions.indexOf(previous));
        session.ready = true;
        discord.sessionsChanged();
    }

    /** Sends a dispatch (op 0) with the session's next sequence number. */
    void dispatch(Session session, String type, JsonNode data) {
        ObjectNode event = Payloads.JSON.createObjectNode();
        event.put("op", 0);
        event.put("s", session.seq.incrementAndGet());
        event.put("t", type);
        event.set("d", data);
        session.socket.send(event.toString());
    }

    /** The ready session that serves this guild's shard. */
    Session sessionFor(String guildId) {
        for (Session session : readySessions()) {
            if (Snowflakes.shardOf(guildId, session.shards) == session.shard) {
                return session;
            }
        }
        throw new IllegalStateException("no bot session serves guild " + guildId + "; is the bot connected?");
    }

    /** Cuts every connection, as when Discord restarts a gateway node. */
    void dropAll(int code) {
        for (Session session : sessions) {
            session.ready = false;
            session.socket.close(code, "fake-discord: connection dropped");
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Session session = socket.getAttachment();
        if (session != null) {
            session.ready = false;
        }
        note(session, "closed " + code + " " + reason + (remote ? " by the bot" : " by the fake"));
        discord.sessionsChanged();
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        log.debug("fake gateway connection error: {}", e.toString());
        note(socket == null ? null : socket.getAttachment(), "error " + e);
    }
}
