package dev.studybot.discord.fake;

/** A role of a fake guild; {@code permissions} is Discord's bit set. */
public record FakeRole(String id, String name, long permissions, int position) {
    public static final long MANAGE_GUILD = 1L << 5;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

    /** What @everyone may do in a fresh server, as far as the bot cares. */
    public static final long MEMBER_DEFAULTS = VIEW_CHANNEL
            | SEND_MESSAGES
            | EMBED_LINKS
            | ATTACH_FILES
            | READ_MESSAGE_HISTORY
            | ADD_REACTIONS
            | USE_APPLICATION_COMMANDS
            | SEND_MESSAGES_IN_THREADS;
}
