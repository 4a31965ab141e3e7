package dev.studybot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Points JDA's gateway connections at another URL (a proxy, or a local fake Discord). The shard
 * manager still asks the REST API for {@code gateway/bot}, which checks the token and says how many
 * shards may identify at once; only the URL it answers is replaced.
 */
final class EndpointSessionController extends ConcurrentSessionController {
    private final String gatewayUrl;

    EndpointSessionController(String gatewayUrl) {
        this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
    }
}
