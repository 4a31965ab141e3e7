package dev.studybot.chat;

/**
 * How the core posts to a channel on its own (the daily quiz, its reveal), without a command to
 * reply to. Each adapter implements it; the core never sees a platform type.
 */
public interface ChatGateway {
    /**
     * Posts a public message.
     *
     * @return the platform's id of the new message, for later edits
     * @throws PostException when the platform refused or could not be reached; its retry-after says
     *     when to try again
     */
    String post(ChannelRef channel, Reply reply) throws PostException;

    /** Replaces a message the bot posted before. */
    void edit(ChannelRef channel, String messageId, Reply reply) throws PostException;

    /**
     * Whether this process serves the channel. When several processes share one database (Discord
     * shards), the scheduler posts and reveals only in the channels its own process serves, and leaves
     * the others to theirs. A platform run by one process serves every channel.
     */
    default boolean serves(ChannelRef channel) {
        return true;
    }
}
