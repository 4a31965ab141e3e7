package dev.studybot.discord;

/**
 * The shards this process runs, and so the guilds it serves: Discord puts a guild on shard {@code
 * (guild_id >> 22) % total}, and a process sees only the guilds of its own shards. Without sharding
 * ({@code total} 0) the one connection serves every guild.
 *
 * @param total the total shard count of the bot, or 0 without sharding
 * @param first the first shard this process runs
 * @param last the last shard this process runs
 */
record ShardRange(int total, int first, int last) {
    /** One connection without a shard manager: every guild. */
    static final ShardRange ALL = new ShardRange(0, 0, 0);

    ShardRange {
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, got " + total);
        }
        if (total > 0 && (first < 0 || last < first || last >= total)) {
            throw new IllegalArgumentException(
                    "the shard range must lie within 0-" + (total - 1) + ", got " + first + "-" + last);
        }
    }

    /** The range the settings run. */
    static ShardRange of(DiscordSettings settings) {
        return settings.sharded()
                ? new ShardRange(settings.shards(), settings.firstShard(), settings.lastShard())
                : ALL;
    }

    /**
     * The shard of a guild, as Discord computes it. A snowflake is an unsigned 64-bit number, so the
     * shift is unsigned.
     */
    static int shardOf(long guildId, int total) {
        if (total <= 0) {
            throw new IllegalArgumentException("total must be 1 or more, got " + total);
        }
        return (int) Long.remainderUnsigned(guildId >>> 22, total);
    }

    /**
     * Whether this process serves the guild. An id that is not a snowflake lives on no shard: a
     * sharded process leaves it alone, an unsharded one lets the post fail and say why.
     */
    boolean serves(String guildId) {
        if (total == 0) {
            return true;
        }
        long id;
        try {
            id = Long.parseUnsignedLong(guildId);
        } catch (NumberFormatException e) {
            return false;
        }
        int shard = shardOf(id, total);
        return shard >= first && shard <= last;
    }
}
