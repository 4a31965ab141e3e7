package dev.studybot.leaderboard;

import dev.studybot.chat.Caller;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.progress.MemberRef;
import dev.studybot.progress.Members;
import dev.studybot.render.LeaderboardCard;
import dev.studybot.render.LeaderboardRow;
import dev.studybot.render.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code /leaderboard [week|month|all]}: the team's top ten for the period with points, right answers
 * and current streaks, and the caller's own rank when they are not among them, as text and as a
 * card. Week and month follow the team's time zone. Posted to the channel.
 */
public final class LeaderboardCommand implements Command {
    static final List<String> PERIODS = List.of("week", "month", "all");

    private final Members members;
    private final LeaderboardService service;
    private final Pictures pictures;
    private final Messages messages;

    public LeaderboardCommand(Members members, LeaderboardService service, Pictures pictures, Messages messages) {
        this.members = Objects.requireNonNull(members, "members");
        this.service = Objects.requireNonNull(service, "service");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "leaderboard",
                "cmd.leaderboard",
                OptionSpec.choice("period", "cmd.leaderboard.period", false, PERIODS));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Caller caller = request.caller();
        Period period = request.option("period")
                .map(value -> Period.parse(value)
                        .orElseThrow(() ->
                                new UserError("error.option.choice", "period", value, String.join(", ", PERIODS))))
                .orElse(Period.WEEK);
        MemberRef self = members.caller(caller);
        return reply(service.standings(self.teamId(), self.userId(), period), caller.locale());
    }

    /** The standings as a public reply: the top rows, the caller's own rank, the card. */
    Reply reply(Standings standings, Locale locale) {
        String periodName =
                messages.get(locale, "leaderboard.period." + standings.period().id());
        Reply.Builder reply = Reply.builder(Reply.Visibility.PUBLIC)
                .title(messages.get(locale, "leaderboard.title", periodName))
                .breadcrumb(messages.get(
                        locale,
                        "leaderboard.subtitle",
                        standings.period() == Period.ALL
                                ? periodName
                                : standings.key().key(),
                        standings.zone().getId()));
        long you = standings.self().map(Standing::userId).orElse(-1L);
        if (standings.top().isEmpty()) {
            reply.text(messages.get(locale, "leaderboard.empty", periodName));
        } else {
            StringBuilder lines = new StringBuilder();
            for (Standing s : standings.top()) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(row(locale, s));
                if (s.userId() == you) {
                    lines.append(messages.get(locale, "leaderboard.you"));
                }
            }
            reply.text(lines.toString());
        }
        if (standings.self().isEmpty()) {
            if (!standings.top().isEmpty()) {
                reply.text(messages.get(locale, "leaderboard.self.none", periodName));
            }
        } else if (!standings.selfInTop()) {
            Standing s = standings.self().get();
            reply.text(messages.get(locale, "leaderboard.self", s.rank(), s.points(), s.correct(), s.streak()));
        }
        reply.image(new Reply.Image(
                "leaderboard.png",
                pictures.leaderboard(card(standings, locale, periodName)),
                messages.get(locale, "leaderboard.picture.alt", periodName)));
        reply.footer(messages.get(locale, "leaderboard.footer"));
        return reply.build();
    }

    private String row(Locale locale, Standing s) {
        return messages.get(locale, "leaderboard.row", s.rank(), s.name(), s.points(), s.correct(), s.streak());
    }

    /** The card's record, every word from the bundles. */
    LeaderboardCard card(Standings standings, Locale locale, String periodName) {
        long you = standings.self().map(Standing::userId).orElse(-1L);
        List<LeaderboardRow> rows = new ArrayList<>();
        for (Standing s : standings.top()) {
            rows.add(new LeaderboardRow(s.rank(), s.name(), s.points(), s.correct(), s.streak(), s.userId() == you));
        }
        LeaderboardRow self = standings
                .self()
                .map(s -> new LeaderboardRow(s.rank(), s.name(), s.points(), s.correct(), s.streak(), true))
                .orElse(null);
        return new LeaderboardCard(
                messages.get(locale, "leaderboard.card.title"),
                standings.period() == Period.ALL
                        ? periodName
                        : periodName + " · " + standings.key().key(),
                rows,
                self,
                messages.get(locale, "leaderboard.footer"),
                new LeaderboardCard.Labels(
                        messages.get(locale, "leaderboard.card.rank"),
                        messages.get(locale, "leaderboard.card.member"),
                        messages.get(locale, "leaderboard.card.points"),
                        messages.get(locale, "leaderboard.card.right"),
                        messages.get(locale, "leaderboard.card.streak"),
                        messages.get(locale, "leaderboard.card.you"),
                        messages.get(locale, "leaderboard.card.empty"),
                        messages.get(locale, "leaderboard.card.more")));
    }
}
