package dev.studybot.discord;

import dev.studybot.chat.Caller;
import dev.studybot.chat.Platform;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is behind an interaction, as the core's {@link Caller}: the guild is the team, the member's
 * server nickname (else their global name) is their name, their Discord client language is their
 * locale, and Manage Server makes them an admin.
 */
final class DiscordCallers {
    private static final Logger log = LoggerFactory.getLogger(DiscordCallers.class);

    private DiscordCallers() {}

    /** The caller, or empty outside a guild (a DM), where the bot has no team to serve. */
    static Optional<Caller> from(Interaction interaction) {
        Guild guild = interaction.getGuild();
        String channelId = interaction.getChannelId();
        if (guild == null || channelId == null) {
            return Optional.empty();
        }
        Member member = interaction.getMember();
        User user = interaction.getUser();
        String name =
                member != null ? quietly(member::getEffectiveName, user.getEffectiveName()) : user.getEffectiveName();
        boolean admin = member != null && quietly(() -> member.hasPermission(SlashCommands.ADMIN_PERMISSION), false);
        return Optional.of(new Caller(
                Platform.DISCORD,
                guild.getId(),
                quietly(guild::getName, ""),
                channelId,
                user.getId(),
                name,
                locale(interaction.getUserLocale()),
                admin));
    }

    /** The member's client language, or null when Discord did not say. */
    static Locale locale(DiscordLocale locale) {
        return locale == null || locale == DiscordLocale.UNKNOWN ? null : locale.toLocale();
    }

    /** Guilds the bot is not in (detached) answer few questions; a refusal means "not known". */
    private static <T> T quietly(Supplier<T> value, T fallback) {
        try {
            T result = value.get();
            return result == null ? fallback : result;
        } catch (RuntimeException e) {
            log.debug("Discord did not say: {}", e.toString());
            return fallback;
        }
    }
}
