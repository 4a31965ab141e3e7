package dev.studybot.progress;

import dev.studybot.chat.Caller;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.render.CoverageCell;
import dev.studybot.render.CoverageLevel;
import dev.studybot.render.CoverageMap;
import dev.studybot.render.Pictures;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.store.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code /team}: for every section of the roadmap, the share of the team's members who have it done
 * and the team's mastery; the blind spots (must-know sections nobody has covered) first; and the
 * coverage map. Posted to the channel.
 */
public final class TeamCommand implements Command {
    private final RoadmapLibrary library;
    private final Members members;
    private final CoverageService service;
    private final Pictures pictures;
    private final Messages messages;

    public TeamCommand(
            RoadmapLibrary library, Members members, CoverageService service, Pictures pictures, Messages messages) {
        this.library = Objects.requireNonNull(library, "library");
        this.members = Objects.requireNonNull(members, "members");
        this.service = Objects.requireNonNull(service, "service");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("team", "cmd.team");
    }

    @Override
    public Reply execute(CommandRequest request) {
        Caller caller = request.caller();
        // the caller counts as a member from their first command on
        MemberRef self = members.caller(caller);
        Team team = members.team(caller);
        Roadmap roadmap = library.defaultRoadmap();
        return reply(service.coverage(self.teamId(), team.name(), roadmap), caller.locale());
    }

    /** The coverage as a public reply: blind spots first, each level's sections, the map. */
    Reply reply(TeamCoverage coverage, Locale locale) {
        Reply.Builder reply = Reply.builder(Reply.Visibility.PUBLIC)
                .title(messages.get(locale, "team.title", coverage.teamName()))
                .breadcrumb(messages.get(
                        locale,
                        "team.subtitle",
                        coverage.members(),
                        coverage.roadmap().title()));
        if (coverage.blindSpots().isEmpty()) {
            reply.notice(Reply.Tone.SUCCESS, messages.get(locale, "team.blind.none"));
        } else {
            StringBuilder blind = new StringBuilder();
            for (TeamCoverage.Section section : coverage.blindSpots()) {
                if (blind.length() > 0) {
                    blind.append('\n');
                }
                blind.append("• ").append(String.join(" › ", section.topic().path()));
            }
            reply.text(messages.get(locale, "team.blind"), blind.toString());
        }
        for (TeamCoverage.Level level : coverage.levels()) {
            StringBuilder lines = new StringBuilder();
            for (TeamCoverage.Section section : level.sections()) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(messages.get(
                        locale,
                        "team.section",
                        section.topic().title(),
                        section.mustKnow() ? messages.get(locale, "team.mustknow") : "",
                        section.membersDone(),
                        coverage.members(),
                        Math.round(section.doneShare() * 100) + "%",
                        section.mastery().isPresent()
                                ? messages.get(
                                        locale,
                                        "progress.mastery.value",
                                        Math.round(section.mastery().getAsDouble() * 100),
                                        section.answered())
                                : messages.get(locale, "progress.mastery.none")));
            }
            if (lines.length() == 0) {
                reply.text(level.topic().title());
            } else {
                reply.text(level.topic().title(), lines.toString());
            }
        }
        reply.image(new Reply.Image(
                "coverage.png",
                pictures.coverage(map(coverage, locale)),
                messages.get(locale, "team.picture.alt", coverage.teamName())));
        reply.footer(messages.get(locale, "team.footer", Mastery.HALF_LIFE_DAYS));
        return reply.build();
    }

    /** The picture's record, every word from the bundles. */
    CoverageMap map(TeamCoverage coverage, Locale locale) {
        List<CoverageLevel> levels = new ArrayList<>();
        for (TeamCoverage.Level level : coverage.levels()) {
            List<CoverageCell> cells = new ArrayList<>();
            for (TeamCoverage.Section section : level.sections()) {
                cells.add(new CoverageCell(
                        section.topic().title(),
                        section.doneShare(),
                        section.mastery(),
                        section.mustKnow(),
                        section.blindSpot()));
            }
            levels.add(new CoverageLevel(level.topic().title(), cells));
        }
        return new CoverageMap(
                messages.get(locale, "team.title", coverage.teamName()),
                messages.get(
                        locale,
                        "team.subtitle",
                        coverage.members(),
                        coverage.roadmap().title()),
                levels,
                messages.get(locale, "team.footer", Mastery.HALF_LIFE_DAYS),
                new CoverageMap.Labels(
                        messages.get(locale, "team.card.coverage"),
                        messages.get(locale, "team.card.mastery"),
                        messages.get(locale, "team.card.mustknow"),
                        messages.get(locale, "team.card.blindspot"),
                        messages.get(locale, "team.card.blindspots"),
                        messages.get(locale, "team.card.noblindspots"),
                        messages.get(locale, "team.card.more")));
    }
}
