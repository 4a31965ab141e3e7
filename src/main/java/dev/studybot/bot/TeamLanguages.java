package dev.studybot.bot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.chat.Caller;
import dev.studybot.chat.LocaleResolver;
import dev.studybot.chat.Messages;
import dev.studybot.store.Platform;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The reply language: the team's choice ({@code /studybot config language:en}) first, else the
 * member's own locale when the bot speaks it, else the configured default. Teams' choices are kept
 * for half a minute, so a command does not wait on the database for its language; another process's
 * change shows within that time, this process's at once.
 */
public final class TeamLanguages implements LocaleResolver {
    static final Duration KEEP = Duration.ofSeconds(30);

    private final TeamRepository teams;
    private final LocaleResolver fallback;
    private final Cache<String, Optional<String>> chosen;

    public TeamLanguages(TeamRepository teams, Locale fallback, Ticker ticker) {
        this.teams = Objects.requireNonNull(teams, "teams");
        this.fallback = LocaleResolver.memberOr(fallback);
        this.chosen = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(KEEP)
                .ticker(ticker)
                .build();
    }

    @Override
    public Locale resolve(Caller caller) {
        Optional<String> language = chosen.get(key(caller.platform().id(), caller.teamId()), k -> teams.findTeam(
                        Platform.fromCode(caller.platform().id()), caller.teamId())
                .flatMap(Team::language));
        return language.map(Locale::forLanguageTag).map(Messages::supported).orElseGet(() -> fallback.resolve(caller));
    }

    /** Forgets what is known of the team's choice, after it changed. */
    public void forget(Team team) {
        chosen.invalidate(key(team.platform().code(), team.externalId()));
    }

    private static String key(String platform, String teamId) {
        return platform + '\u0000' + teamId;
    }
}
