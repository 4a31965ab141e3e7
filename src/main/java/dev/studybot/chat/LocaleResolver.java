package dev.studybot.chat;

import java.util.Locale;

/** Decides the language of a reply: the team's chosen language first, then the member's own. */
@FunctionalInterface
public interface LocaleResolver {
    /** A supported locale ({@link Messages#ZH} or {@link Messages#EN}) for this caller. */
    Locale resolve(Caller caller);

    /** The member's platform locale when the bot speaks it, else the fallback. */
    static LocaleResolver memberOr(Locale fallback) {
        return caller ->
                Messages.speaks(caller.locale()) ? Messages.supported(caller.locale()) : Messages.supported(fallback);
    }
}
