package dev.studybot.discord;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One JDA session, or the shards a {@link ShardManager} runs for this process: whatever is connected. */
sealed interface DiscordConnection permits DiscordConnection.Single, DiscordConnection.Sharded {
    Logger log = LoggerFactory.getLogger(DiscordConnection.class);

    /** Where channels are looked up, across every shard of this process. */
    IGuildChannelContainer<Channel> channels();

    /** The sessions of this process. */
    List<JDA> shards();

    /** Whether every session is connected. */
    default boolean connected() {
        List<JDA> shards = shards();
        return !shards.isEmpty() && shards.stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
    }

    /** Disconnects, waiting up to {@code wait} for requests in flight, then cuts what is left. */
    void shutdown(Duration wait);

    /** A single session without a shard manager. */
    record Single(JDA jda) implements DiscordConnection {
        @Override
        public IGuildChannelContainer<Channel> channels() {
            return jda;
        }

        @Override
        public List<JDA> shards() {
            return List.of(jda);
        }

        @Override
        public void shutdown(Duration wait) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(wait)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
    }

    /** The shards of this process under a shard manager. */
    record Sharded(ShardManager manager) implements DiscordConnection {
        @Override
        public IGuildChannelContainer<Channel> channels() {
            return manager;
        }

        @Override
        public List<JDA> shards() {
            return manager.getShards();
        }

        @Override
        public void shutdown(Duration wait) {
            List<JDA> shards = List.copyOf(manager.getShards());
            manager.shutdown();
            long deadline = System.nanoTime() + wait.toNanos();
            for (JDA shard : shards) {
                try {
                    long left = Math.max(0, deadline - System.nanoTime());
                    if (!shard.awaitShutdown(Duration.ofNanos(left))) {
                        shard.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    shard.shutdownNow();
                } catch (RuntimeException e) {
                    log.warn("shard {} did not shut down cleanly", shard.getShardInfo(), e);
                }
            }
        }
    }
}
