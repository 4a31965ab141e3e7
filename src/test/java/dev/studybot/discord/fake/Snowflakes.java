package dev.studybot.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since 2015-01-01 shifted left by 22 bits, plus a counter. Interaction ids
 * must be recent, or JDA treats their tokens as expired.
 */
public final class Snowflakes {
    /** Discord's epoch, 2015-01-01T00:00:00Z. */
    public static final long DISCORD_EPOCH = 1420070400000L;

    private static final AtomicLong COUNTER = new AtomicLong();

    private Snowflakes() {}

    /** A fresh id stamped with the current time. */
    public static String next() {
        return Long.toUnsignedString(at(System.currentTimeMillis()));
    }

    /** An id stamped with {@code epochMillis}. */
    public static long at(long epochMillis) {
        return ((epochMillis - DISCORD_EPOCH) << 22) | (COUNTER.incrementAndGet() & 0x3FFFFF);
    }

    /** When an id was made, in epoch milliseconds. */
    public static long time(String id) {
        return (Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH;
    }

    /** The shard a guild lives on: {@code (guild_id >> 22) % shards}, as Discord computes it. */
    public static int shardOf(String guildId, int shards) {
        return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % shards);
    }
}
