package dev.studybot.discord.fake;

/**
 * A text channel of a fake guild.
 *
 * @param everyoneDenied permissions denied to @everyone here (a permission overwrite), 0 for none
 */
public record FakeChannel(String id, String guildId, String name, int position, long everyoneDenied) {
    public FakeChannel(String id, String guildId, String name, int position) {
        this(id, guildId, name, position, 0);
    }

    /** Whether the bot may post here: nothing it needs is denied. */
    public boolean botMaySend() {
        return (everyoneDenied & (FakeRole.SEND_MESSAGES | FakeRole.VIEW_CHANNEL)) == 0;
    }
}
