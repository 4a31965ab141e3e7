package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.Platform;
import dev.studybot.discord.fake.Snowflakes;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which guilds a process serves: Discord's shard formula and this process's shard range")
class ShardRangeTest {
    @Test
    @DisplayName("GIVEN real guild ids WHEN their shard is computed THEN it is (guild_id >> 22) % shards, as Discord's")
    void shardFormulaOnRealSizeIds() {
        // 81384788765712384 >> 22 = 19403645698, and 19403645698 % 48 = 34
        assertThat(ShardRange.shardOf(81384788765712384L, 1)).isZero();
        assertThat(ShardRange.shardOf(81384788765712384L, 2)).isZero();
        assertThat(ShardRange.shardOf(81384788765712384L, 3)).isEqualTo(1);
        assertThat(ShardRange.shardOf(81384788765712384L, 16)).isEqualTo(2);
        assertThat(ShardRange.shardOf(81384788765712384L, 48)).isEqualTo(34);
        assertThat(ShardRange.shardOf(197038439483310086L, 3)).isEqualTo(2);
        assertThat(ShardRange.shardOf(613425648685547541L, 16)).isEqualTo(8);
        assertThat(ShardRange.shardOf(1205619376275980288L, 2)).isEqualTo(1);
        assertThat(ShardRange.shardOf(1205619376275980288L, 48)).isEqualTo(21);
        // a snowflake is unsigned: the top bit set is a large id, not a negative one
        assertThat(ShardRange.shardOf(Long.parseUnsignedLong("18446744073709551615"), 16))
                .isEqualTo(15);
        // the timestamp sits above bit 22: ids made in the same millisecond share a shard
        long now = Instant.parse("2026-11-02T09:30:00Z").toEpochMilli();
        long base = (now - Snowflakes.DISCORD_EPOCH) << 22;
        assertThat(ShardRange.shardOf(base, 7)).isEqualTo(ShardRange.shardOf(base | 0x3FFFFF, 7));
        for (int i = 0; i < 100; i++) {
            String id = Snowflakes.next();
            assertThat(ShardRange.shardOf(Long.parseUnsignedLong(id), 5)).isEqualTo(Snowflakes.shardOf(id, 5));
        }
    }

    @Test
    @DisplayName("GIVEN a process running shards 2-3 of 4 WHEN asked about guilds THEN it serves those on shards 2"
            + " and 3 only; without sharding it serves every guild")
    void servesItsOwnShards() {
        ShardRange twoToThree = new ShardRange(4, 2, 3);
        assertThat(twoToThree.serves("81384788765712384")).isTrue(); // shard 2
        assertThat(twoToThree.serves("1205619376284368896")).isTrue(); // shard 3
        assertThat(twoToThree.serves("613425648685547541")).isFalse(); // shard 0
        assertThat(twoToThree.serves("guild-1"))
                .as("not a snowflake: on no shard")
                .isFalse();
        assertThat(ShardRange.ALL.serves("613425648685547541")).isTrue();
        assertThat(ShardRange.ALL.serves("guild-1")).isTrue();
        assertThat(ShardRange.of(DiscordSettings.of("token").withShards(4, 2, 3)))
                .isEqualTo(twoToThree);
        assertThat(ShardRange.of(DiscordSettings.of("token"))).isEqualTo(ShardRange.ALL);
        assertThatThrownBy(() -> new ShardRange(4, 3, 4)).hasMessageContaining("0-3");
    }

    @Test
    @DisplayName("GIVEN the Discord gateway of a process running shard 1 of 2 WHEN the scheduler asks about a"
            + " channel THEN it serves the channels of shard 1's guilds only")
    void gatewayServesItsShardsChannels() {
        DiscordGateway gateway = new DiscordGateway(null, Duration.ofSeconds(1), new ShardRange(2, 1, 1));
        assertThat(gateway.serves(new ChannelRef(Platform.DISCORD, "1205619376275980288", "1")))
                .isTrue();
        assertThat(gateway.serves(new ChannelRef(Platform.DISCORD, "81384788765712384", "1")))
                .isFalse();
        DiscordGateway unsharded = new DiscordGateway(null, Duration.ofSeconds(1), ShardRange.ALL);
        assertThat(unsharded.serves(new ChannelRef(Platform.DISCORD, "81384788765712384", "1")))
                .isTrue();
    }
}
