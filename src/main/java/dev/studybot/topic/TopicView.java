package dev.studybot.topic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.roadmap.CodeBlock;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Tag;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.TopicSearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a topic as a {@link Reply}: breadcrumb, tags, summary, notes, corrections, code, images and
 * subtopics with buttons. The rendering is the same for every member, so it is cached (Caffeine)
 * per roadmap, topic and language, and dropped when a roadmap reloads; per-member parts (status) are
 * added by the command.
 */
public final class TopicView {
    /** Subtopic buttons shown before switching to a select: three rows of five. */
    static final int MAX_CHILD_BUTTONS = 15;

    static final int MAX_BUTTON_LABEL = 80;

    /** Characters of subtopic text shown inline under a heading that has none of its own. */
    static final int INLINE_BUDGET = 1800;

    private final Messages messages;
    private final ComponentCodec codec;
    private final Cache<String, Reply> cache;
    private final boolean practice;

    /**
     * @param practice whether to offer the "quiz me" button (the quiz feature handles it)
     */
    public TopicView(
            RoadmapLibrary library,
            Messages messages,
            ComponentCodec codec,
            Ticker ticker,
            long maxEntries,
            boolean practice) {
        this.messages = messages;
        this.codec = codec;
        this.practice = practice;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(maxEntries)
                .expireAfterAccess(Duration.ofHours(6))
                .build();
        library.onReload(roadmap -> cache.invalidateAll());
    }

    /** The shared part of a topic's reply, from the cache when it is there. */
    public Reply render(Roadmap roadmap, Topic topic, Locale locale) {
        String key = roadmap.id() + '\u0000' + topic.id() + '\u0000' + locale.toLanguageTag();
        return cache.get(key, k -> build(roadmap, topic, locale));
    }

    /** The number of cached replies (for tests and stats). */
    public long cachedCount() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Reply build(Roadmap roadmap, Topic topic, Locale locale) {
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE).title(topic.title());
        List<String> ancestors = topic.path().subList(0, topic.path().size() - 1);
        if (!ancestors.isEmpty()) {
            reply.breadcrumb(String.join(" › ", ancestors));
        }
        for (Tag tag : topic.tags()) {
            reply.badge(tagLabel(tag, locale));
        }
        if (!topic.summary().isEmpty()) {
            reply.text(topic.summary());
        }
        if (!topic.notes().isEmpty()) {
            reply.text(messages.get(locale, "topic.notes"), String.join("\n", topic.notes()));
        }
        for (String erratum : topic.errata()) {
            reply.notice(Reply.Tone.WARNING, messages.get(locale, "topic.erratum", erratum));
        }
        for (CodeBlock block : topic.code()) {
            reply.code(block.language(), block.text());
        }
        for (String image : topic.images()) {
            reply.notice(Reply.Tone.INFO, messages.get(locale, "topic.image", fileName(image)));
        }
        List<Topic> children = roadmap.children(topic);
        if (topic.notes().isEmpty() && topic.code().isEmpty()) {
            inlineLeafChildren(reply, children);
        }
        if (!children.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (Topic child : children) {
                if (list.length() > 0) {
                    list.append('\n');
                }
                list.append("• ").append(child.title());
                if (child.isMustKnow()) {
                    list.append(" (").append(tagLabel(Tag.MUST_KNOW, locale)).append(')');
                }
                if (!child.childIds().isEmpty()) {
                    list.append(" — ")
                            .append(messages.get(
                                    locale,
                                    "topic.subtopic.count",
                                    child.childIds().size()));
                }
            }
            reply.text(messages.get(locale, "topic.subtopics", children.size()), list.toString());
        }
        if (!topic.hasContent() && children.isEmpty()) {
            reply.text(messages.get(locale, "topic.empty"));
        }
        if (children.size() > MAX_CHILD_BUTTONS) {
            List<Reply.Option> options = new ArrayList<>();
            for (Topic child : children.subList(0, Math.min(25, children.size()))) {
                options.add(new Reply.Option(TopicSearch.cut(child.title(), 100), child.id(), null));
            }
            reply.select(new Reply.Select(
                    codec.encode("topic", "pick"), messages.get(locale, "topic.subtopics.pick"), options));
        } else if (!children.isEmpty()) {
            List<Reply.Button> buttons = new ArrayList<>();
            for (Topic child : children) {
                buttons.add(new Reply.Button(codec.encode("topic", "open", child.id()), buttonLabel(child.title())));
            }
            reply.buttons(buttons);
        }
        List<Reply.Button> navigation = new ArrayList<>();
        roadmap.parent(topic)
                .ifPresent(parent -> navigation.add(new Reply.Button(
                        codec.encode("topic", "open", parent.id()),
                        buttonLabel("↑ " + parent.title()),
                        Reply.Tone.INFO,
                        false)));
        if (practice) {
            navigation.add(new Reply.Button(
                    codec.encode("quiz", "practice", topic.id()),
                    messages.get(locale, "topic.button.quizme"),
                    Reply.Tone.SUCCESS,
                    false));
        }
        if (!navigation.isEmpty()) {
            reply.buttons(navigation);
        }
        reply.footer(messages.get(locale, "topic.footer", topic.id(), roadmap.title(), roadmap.author()));
        return reply.build();
    }

    /**
     * A heading whose text sits in its leaf subtopics (epoll: 'select存在的问题', '过程') reads better with
     * that text shown in place, within a budget that keeps the reply a message and not a page.
     */
    private static void inlineLeafChildren(Reply.Builder reply, List<Topic> children) {
        int budget = INLINE_BUDGET;
        for (Topic child : children) {
            if (!child.childIds().isEmpty()
                    || (child.notes().isEmpty() && child.code().isEmpty())) {
                continue;
            }
            String body = String.join("\n", child.notes());
            int size = body.length()
                    + child.code().stream().mapToInt(c -> c.text().length()).sum();
            if (size > budget) {
                break;
            }
            budget -= size;
            String heading = child.summary().isEmpty() ? child.title() : child.title() + "：" + child.summary();
            reply.text(heading, body);
            for (CodeBlock block : child.code()) {
                reply.code(block.language(), block.text());
            }
        }
    }

    static String buttonLabel(String text) {
        return TopicSearch.cut(text, MAX_BUTTON_LABEL);
    }

    static String fileName(String image) {
        int slash = image.lastIndexOf('/');
        return slash >= 0 ? image.substring(slash + 1) : image;
    }

    /** {@code 必会} in Chinese, {@code must-know} in English. */
    public static String tagLabel(Tag tag, Locale locale) {
        return Messages.EN.equals(Messages.supported(locale)) ? tag.english() : tag.label();
    }
}
