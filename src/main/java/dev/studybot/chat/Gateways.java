package dev.studybot.chat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The gateway of each platform the process is connected to; adapters register theirs at start. */
public final class Gateways {
    private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);

    public synchronized void register(Platform platform, ChatGateway gateway) {
        gateways.put(platform, gateway);
    }

    public synchronized Optional<ChatGateway> get(Platform platform) {
        return Optional.ofNullable(gateways.get(platform));
    }

    /** The platforms with a gateway: the scheduler serves only their channels. */
    public synchronized java.util.Set<Platform> platforms() {
        return java.util.Set.copyOf(gateways.keySet());
    }
}
