package dev.studybot.progress;

import dev.studybot.chat.Caller;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.render.Pictures;
import dev.studybot.render.ProgressCard;
import dev.studybot.render.ProgressRow;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.TopicSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * {@code /progress [member]}: a member's progress (the caller's own unless {@code member} names
 * another member of the team) per level and must-know section, with mastery, the next three
 * must-know topics and the topics that are "done, shaky", as text and as a picture. Private to the
 * caller.
 */
public final class ProgressCommand implements Command {
    private final RoadmapLibrary library;
    private final Members members;
    private final ProgressService service;
    private final Pictures pictures;
    private final Messages messages;

    public ProgressCommand(
            RoadmapLibrary library, Members members, ProgressService service, Pictures pictures, Messages messages) {
        this.library = Objects.requireNonNull(library, "library");
        this.members = Objects.requireNonNull(members, "members");
        this.service = Objects.requireNonNull(service, "service");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("progress", "cmd.progress", OptionSpec.member("member", "cmd.progress.member", false));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Caller caller = request.caller();
        MemberRef self = members.caller(caller);
        MemberRef member = request.option("member")
                .map(name -> members.find(self.teamId(), name)
                        .orElseThrow(() -> new UserError("progress.member.unknown", TopicSearch.cut(name, 60))))
                .orElse(self);
        Roadmap roadmap = library.defaultRoadmap();
        return reply(service.progress(member, roadmap), caller.locale());
    }

    /** The progress as a private reply: text for every surface, and the picture. */
    Reply reply(MemberProgress progress, Locale locale) {
        String name = progress.member().displayName();
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title(messages.get(locale, "progress.title", name))
                .breadcrumb(progress.roadmap().title());
        boolean anything =
                progress.answered() > 0 || progress.rows().stream().anyMatch(r -> r.done() + r.learning() > 0);
        if (!anything) {
            reply.notice(Reply.Tone.INFO, messages.get(locale, "progress.empty"));
        }
        if (!progress.shaky().isEmpty()) {
            reply.notice(
                    Reply.Tone.WARNING,
                    messages.get(
                            locale,
                            "progress.shaky",
                            progress.shaky().stream().map(Topic::title).collect(Collectors.joining("、"))));
        }
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (MemberProgress.Row row : progress.rows()) {
            if (row.kind() == MemberProgress.Kind.LEVEL) {
                flush(reply, heading, body);
                heading = line(locale, "progress.level", row);
            } else {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append(line(locale, "progress.section", row));
            }
        }
        flush(reply, heading, body);

        if (progress.next().isEmpty()) {
            reply.text(messages.get(locale, "progress.next"), messages.get(locale, "progress.next.none"));
        } else {
            StringBuilder next = new StringBuilder();
            int n = 1;
            for (MemberProgress.Next item : progress.next()) {
                if (next.length() > 0) {
                    next.append('\n');
                }
                next.append(messages.get(
                        locale,
                        "progress.next.item",
                        n++,
                        item.topic().title(),
                        reason(locale, item.reason()),
                        parentPath(item.topic())));
            }
            reply.text(messages.get(locale, "progress.next"), next.toString());
        }
        reply.image(new Reply.Image(
                "progress.png",
                pictures.progress(card(progress, locale)),
                messages.get(locale, "progress.picture.alt", name)));
        reply.footer(messages.get(locale, "progress.footer", Mastery.HALF_LIFE_DAYS));
        return reply.build();
    }

    private static void flush(Reply.Builder reply, String heading, StringBuilder body) {
        if (heading == null) {
            return;
        }
        if (body.length() == 0) {
            reply.text(heading);
        } else {
            reply.text(heading, body.toString());
        }
        body.setLength(0);
    }

    private String line(Locale locale, String key, MemberProgress.Row row) {
        String text = messages.get(
                locale,
                key,
                row.topic().title(),
                row.done(),
                row.learning(),
                row.total(),
                mastery(locale, row.mastery(), row.answered()));
        return row.shaky() > 0 ? text + messages.get(locale, "progress.shaky.count", row.shaky()) : text;
    }

    private String mastery(Locale locale, OptionalDouble mastery, int answered) {
        return mastery.isPresent()
                ? messages.get(locale, "progress.mastery.value", Math.round(mastery.getAsDouble() * 100), answered)
                : messages.get(locale, "progress.mastery.none");
    }

    private String reason(Locale locale, MemberProgress.Reason reason) {
        return messages.get(locale, "progress.next.reason." + reason.name().toLowerCase(Locale.ROOT));
    }

    private static String parentPath(Topic topic) {
        return String.join(
                " › ", topic.path().subList(0, Math.max(0, topic.path().size() - 1)));
    }

    /** The picture's record, every word from the bundles. */
    ProgressCard card(MemberProgress progress, Locale locale) {
        List<ProgressRow> rows = new ArrayList<>();
        for (MemberProgress.Row row : progress.rows()) {
            rows.add(new ProgressRow(
                    row.kind() == MemberProgress.Kind.LEVEL ? ProgressRow.Kind.LEVEL : ProgressRow.Kind.SECTION,
                    row.topic().title(),
                    row.done(),
                    row.learning(),
                    row.total(),
                    row.mastery()));
        }
        List<String> next = new ArrayList<>();
        for (MemberProgress.Next item : progress.next()) {
            next.add(
                    item.reason() == MemberProgress.Reason.SHAKY
                            ? messages.get(
                                    locale, "progress.card.shaky", item.topic().title())
                            : item.topic().title());
        }
        return new ProgressCard(
                messages.get(locale, "progress.title", progress.member().displayName()),
                messages.get(
                        locale, "progress.picture.subtitle", progress.roadmap().title()),
                rows,
                next,
                messages.get(locale, "progress.footer", Mastery.HALF_LIFE_DAYS),
                new ProgressCard.Labels(
                        messages.get(locale, "progress.card.done"),
                        messages.get(locale, "progress.card.learning"),
                        messages.get(locale, "progress.card.mastery"),
                        messages.get(locale, "progress.card.next"),
                        messages.get(locale, "progress.card.more")));
    }
}
