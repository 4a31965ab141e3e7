package dev.studybot.topic;

import dev.studybot.chat.AutocompleteRequest;
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
import dev.studybot.roadmap.Tag;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.SearchHit;
import dev.studybot.search.Suggestion;
import dev.studybot.search.TopicSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /roadmap [section]}: browses the outline one level at a time. Without a section it shows the
 * levels; with one it lists that section's subtopics, each a button that goes one level down, beside
 * buttons to go up and to open the topic itself.
 */
public final class RoadmapCommand implements Command {
    private static final int MAX_BUTTONS = 15;

    private final RoadmapLibrary library;
    private final TopicSearch search;
    private final Messages messages;
    private final ComponentCodec codec;

    public RoadmapCommand(RoadmapLibrary library, TopicSearch search, Messages messages, ComponentCodec codec) {
        this.library = library;
        this.search = search;
        this.messages = messages;
        this.codec = codec;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "roadmap", "cmd.roadmap", OptionSpec.autocompleted("section", "cmd.roadmap.section", false));
    }

    /** How many hits decide whether a typed section names one: the best and the next few. */
    private static final int CLOSEST = 5;

    @Override
    public Reply execute(CommandRequest request) {
        Roadmap roadmap = library.defaultRoadmap();
        Locale locale = request.caller().locale();
        Optional<String> section = request.option("section");
        if (section.isEmpty()) {
            return overview(roadmap, locale, false);
        }
        Optional<Topic> direct = search.resolve(roadmap, section.get());
        if (direct.isPresent()) {
            return outline(roadmap, direct.get(), locale, false, null);
        }
        List<SearchHit> hits = search.search(roadmap, section.get(), CLOSEST);
        if (hits.isEmpty()) {
            throw new UserError("topic.notfound", TopicSearch.cut(section.get(), 60));
        }
        Topic topic = roadmap.byId(hits.get(0).id()).orElseThrow();
        String guessed = TopicSearch.namesOnlyTheFirst(section.get(), hits)
                ? null
                : messages.get(
                        locale, "topic.guessed", TopicSearch.cut(section.get().strip(), 60));
        return outline(roadmap, topic, locale, false, guessed);
    }

    @Override
    public Reply onComponent(ComponentRequest request, ComponentId id) {
        Roadmap roadmap = library.defaultRoadmap();
        Locale locale = request.caller().locale();
        return switch (id.action()) {
            case "top" -> overview(roadmap, locale, true);
            case "open" ->
                outline(
                        roadmap,
                        roadmap.byId(id.arg(0)).orElseThrow(() -> new UserError("topic.gone")),
                        locale,
                        true,
                        null);
            default -> throw new UserError("error.component.unknown");
        };
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        List<Choice> choices = new ArrayList<>();
        for (Suggestion suggestion : search.autocomplete(library.defaultRoadmap(), request.partial())) {
            choices.add(new Choice(suggestion.label(), suggestion.topicId()));
        }
        return choices;
    }

    private Reply overview(Roadmap roadmap, Locale locale, boolean replace) {
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title(roadmap.title())
                .replaceOriginal(replace)
                .text(messages.get(locale, "roadmap.intro", roadmap.author(), roadmap.size()));
        StringBuilder lines = new StringBuilder();
        List<Reply.Button> buttons = new ArrayList<>();
        for (Topic root : roadmap.roots()) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append("• ")
                    .append(root.title())
                    .append(" — ")
                    .append(messages.get(
                            locale, "roadmap.count", roadmap.subtree(root).size() - 1));
            buttons.add(
                    new Reply.Button(codec.encode("roadmap", "open", root.id()), TopicView.buttonLabel(root.title())));
        }
        reply.text(messages.get(locale, "roadmap.levels"), lines.toString());
        reply.buttons(buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS)));
        reply.footer(messages.get(locale, "roadmap.footer"));
        return reply.build();
    }

    /** @param guessed a sentence saying the section is the closest match to what was typed, or null */
    private Reply outline(Roadmap roadmap, Topic topic, Locale locale, boolean replace, String guessed) {
        Reply.Builder reply =
                Reply.builder(Reply.Visibility.PRIVATE).title(topic.title()).replaceOriginal(replace);
        List<String> ancestors = topic.path().subList(0, topic.path().size() - 1);
        reply.breadcrumb(ancestors.isEmpty() ? roadmap.title() : String.join(" › ", ancestors));
        for (Tag tag : topic.tags()) {
            reply.badge(TopicView.tagLabel(tag, locale));
        }
        if (guessed != null) {
            reply.notice(Reply.Tone.INFO, guessed);
        }
        List<Topic> children = roadmap.children(topic);
        if (children.isEmpty()) {
            reply.text(messages.get(locale, "roadmap.leaf"));
        } else {
            StringBuilder lines = new StringBuilder();
            for (Topic child : children) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append("• ").append(child.title());
                if (child.isMustKnow()) {
                    lines.append(" (")
                            .append(TopicView.tagLabel(Tag.MUST_KNOW, locale))
                            .append(')');
                }
                int below = roadmap.subtree(child).size() - 1;
                if (below > 0) {
                    lines.append(" — ").append(messages.get(locale, "roadmap.count", below));
                }
            }
            reply.text(messages.get(locale, "roadmap.children", children.size()), lines.toString());
            List<Reply.Button> buttons = new ArrayList<>();
            for (Topic child : children.subList(0, Math.min(children.size(), MAX_BUTTONS))) {
                boolean leaf = child.childIds().isEmpty();
                buttons.add(new Reply.Button(
                        codec.encode(leaf ? "topic" : "roadmap", "open", child.id()),
                        TopicView.buttonLabel(child.title())));
            }
            reply.buttons(buttons);
            if (children.size() > MAX_BUTTONS) {
                reply.text(messages.get(locale, "roadmap.more", children.size() - MAX_BUTTONS));
            }
        }
        List<Reply.Button> navigation = new ArrayList<>();
        Optional<Topic> parent = roadmap.parent(topic);
        navigation.add(
                parent.isPresent()
                        ? new Reply.Button(
                                codec.encode("roadmap", "open", parent.get().id()),
                                TopicView.buttonLabel("↑ " + parent.get().title()))
                        : new Reply.Button(codec.encode("roadmap", "top"), "↑ " + messages.get(locale, "roadmap.top")));
        navigation.add(new Reply.Button(
                codec.encode("topic", "open", topic.id()),
                messages.get(locale, "roadmap.read"),
                Reply.Tone.SUCCESS,
                false));
        reply.buttons(navigation);
        reply.footer(messages.get(locale, "topic.footer", topic.id(), roadmap.title(), roadmap.author()));
        return reply.build();
    }
}
