package dev.studybot.topic;

import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.Caller;
import dev.studybot.chat.Choice;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.SearchHit;
import dev.studybot.search.Suggestion;
import dev.studybot.search.TopicSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /topic <query> [status]}: looks a topic up by id, path or free text and shows it with its
 * subtopics, parent and the member's own status; {@code status:done} marks it on the way.
 */
public final class TopicCommand implements Command {
    static final List<String> STATUS_CHOICES = List.of("done", "learning", "skipped");
    private static final int OTHER_MATCHES = 4;

    private final RoadmapLibrary library;
    private final TopicSearch search;
    private final TopicView view;
    private final TopicProgress progress;
    private final Messages messages;
    private final ComponentCodec codec;

    public TopicCommand(
            RoadmapLibrary library,
            TopicSearch search,
            TopicView view,
            TopicProgress progress,
            Messages messages,
            ComponentCodec codec) {
        this.library = library;
        this.search = search;
        this.view = view;
        this.progress = progress;
        this.messages = messages;
        this.codec = codec;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "topic",
                "cmd.topic",
                OptionSpec.autocompleted("query", "cmd.topic.query", true),
                OptionSpec.choice("status", "cmd.topic.status", false, STATUS_CHOICES));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Caller caller = request.caller();
        Locale locale = caller.locale();
        Roadmap roadmap = library.defaultRoadmap();
        String query =
                request.option("query").orElseThrow(() -> new UserError("error.option.missing", "query", "/topic"));
        Optional<Topic> direct = search.resolve(roadmap, query);
        List<SearchHit> others = List.of();
        Topic topic;
        boolean sure = direct.isPresent();
        if (direct.isPresent()) {
            topic = direct.get();
        } else {
            List<SearchHit> hits = search.search(roadmap, query, OTHER_MATCHES + 1);
            if (hits.isEmpty()) {
                throw new UserError("topic.notfound", TopicSearch.cut(query, 60));
            }
            topic = roadmap.byId(hits.get(0).id()).orElseThrow();
            others = hits.subList(1, hits.size());
            sure = TopicSearch.namesOnlyTheFirst(query, hits);
        }
        Reply.Notice notice = null;
        Optional<String> statusOption = request.option("status");
        String shownQuery = TopicSearch.cut(query.strip(), 60);
        if (statusOption.isPresent()) {
            TopicStatus status = TopicStatus.parse(statusOption.get())
                    .orElseThrow(() -> new UserError(
                            "error.option.choice", "status", statusOption.get(), String.join(", ", STATUS_CHOICES)));
            if (sure) {
                progress.set(caller, roadmap.id(), topic.id(), status);
                notice = new Reply.Notice(
                        Reply.Tone.SUCCESS,
                        messages.get(locale, "topic.status.set", topic.title(), statusLabel(status, locale)));
            } else {
                // a guess must not change anyone's progress: the member confirms it with a button
                notice = new Reply.Notice(
                        Reply.Tone.WARNING, messages.get(locale, "topic.status.guessed", shownQuery, topic.title()));
            }
        } else if (!sure) {
            notice = new Reply.Notice(Reply.Tone.INFO, messages.get(locale, "topic.guessed", shownQuery));
        }
        return personal(roadmap, topic, caller, notice, others, false);
    }

    @Override
    public Reply onComponent(ComponentRequest request, ComponentId id) {
        Caller caller = request.caller();
        Roadmap roadmap = library.defaultRoadmap();
        switch (id.action()) {
            case "open" -> {
                return personal(roadmap, topic(roadmap, id.arg(0)), caller, null, List.of(), true);
            }
            case "pick" -> {
                String picked =
                        request.values().isEmpty() ? null : request.values().get(0);
                return personal(roadmap, topic(roadmap, picked), caller, null, List.of(), true);
            }
            case "status" -> {
                Topic topic = topic(roadmap, id.arg(0));
                TopicStatus status =
                        TopicStatus.parse(id.arg(1)).orElseThrow(() -> new UserError("error.component.unknown"));
                progress.set(caller, roadmap.id(), topic.id(), status);
                Reply.Notice notice = new Reply.Notice(
                        Reply.Tone.SUCCESS,
                        messages.get(
                                caller.locale(),
                                "topic.status.set",
                                topic.title(),
                                statusLabel(status, caller.locale())));
                return personal(roadmap, topic, caller, notice, List.of(), true);
            }
            default -> throw new UserError("error.component.unknown");
        }
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (!"query".equals(request.option())) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (Suggestion suggestion : search.autocomplete(library.defaultRoadmap(), request.partial())) {
            choices.add(new Choice(suggestion.label(), suggestion.topicId()));
        }
        return choices;
    }

    private static Topic topic(Roadmap roadmap, String topicId) {
        return roadmap.byId(topicId).orElseThrow(() -> new UserError("topic.gone"));
    }

    /** The cached topic reply plus what belongs to this member: their status and its buttons. */
    private Reply personal(
            Roadmap roadmap, Topic topic, Caller caller, Reply.Notice notice, List<SearchHit> others, boolean replace) {
        Locale locale = caller.locale();
        Reply shared = view.render(roadmap, topic, locale);
        Reply.Builder reply = Reply.builder(shared.visibility())
                .title(shared.title())
                .breadcrumb(shared.breadcrumb())
                .footer(shared.footer())
                .replaceOriginal(replace);
        shared.badges().forEach(reply::badge);
        if (notice != null) {
            reply.block(notice);
        }
        Optional<TopicProgress.Standing> standing = progress.standing(caller, roadmap.id(), topic.id());
        Optional<TopicStatus> status = standing.map(TopicProgress.Standing::status);
        standing.ifPresent(s -> reply.text(messages.get(
                locale, s.shaky() ? "topic.status.shaky" : "topic.status.yours", standingLabel(roadmap, s, locale))));
        shared.blocks().forEach(reply::block);
        if (!others.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (SearchHit hit : others) {
                if (list.length() > 0) {
                    list.append('\n');
                }
                list.append("• ").append(hit.title()).append(" — ").append(String.join(" › ", hit.path()));
            }
            reply.text(messages.get(locale, "topic.others"), list.toString());
        }
        shared.images().forEach(reply::image);
        List<Reply.Button> statusButtons = new ArrayList<>();
        for (TopicStatus option : TopicStatus.values()) {
            boolean current = status.isPresent() && status.get() == option;
            statusButtons.add(new Reply.Button(
                    codec.encode("topic", "status", topic.id(), option.id()),
                    (current ? "✓ " : "") + messages.get(locale, "topic.button." + option.id()),
                    current ? Reply.Tone.SUCCESS : Reply.Tone.INFO,
                    false));
        }
        reply.buttons(statusButtons);
        for (Reply.Row row : shared.rows()) {
            if (reply.rowCount() < Reply.MAX_ROWS) {
                if (row instanceof Reply.ButtonRow buttons) {
                    reply.buttons(buttons.buttons());
                } else if (row instanceof Reply.SelectRow select) {
                    reply.select(select.select());
                }
            }
        }
        return reply.build();
    }

    /** "done", or "done (from 计算机基础)" when the member marked an ancestor rather than this topic. */
    private String standingLabel(Roadmap roadmap, TopicProgress.Standing standing, Locale locale) {
        String label = statusLabel(standing.status(), locale);
        Optional<Topic> from = standing.inheritedFrom().flatMap(roadmap::byId);
        return from.isEmpty()
                ? label
                : messages.get(
                        locale, "topic.status.inherited", label, from.get().title());
    }

    String statusLabel(TopicStatus status, Locale locale) {
        return messages.get(locale, "topic.status." + status.id());
    }
}
