package dev.studybot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.ExternalSelectElement;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.studybot.chat.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link Reply} as Block Kit: a header, a context line (breadcrumb, badges), sections in
 * mrkdwn, code in fences, notices, actions blocks with the reply's buttons and selects (each
 * action_id is the component id, untouched), and a footer. It keeps within Slack's limits: 50 blocks
 * a message, 3000 characters a section (longer text is split), 75 characters a button, 25 elements an
 * actions block. It never adds words of its own beyond the truncation mark it is given.
 */
final class BlockKit {
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_TEXT = 3000;
    static final int MAX_HEADER_TEXT = 150;
    static final int MAX_CONTEXT_TEXT = 2000;
    static final int MAX_FIELDS = 10;
    static final int MAX_FIELD_TEXT = 2000;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_ACTIONS_ELEMENTS = 25;
    static final int MAX_OPTION_TEXT = 75;
    static final int MAX_OPTION_VALUE = 150;
    static final int MAX_PLACEHOLDER = 150;
    static final int MAX_FALLBACK_TEXT = 3000;
    private static final String FENCE = "```";

    /** Blocks and the plain {@code text} Slack shows in notifications. */
    record Rendered(List<LayoutBlock> blocks, String text) {}

    /** An external select that asks the bot for choices as the member types ({@code topic:search}). */
    record SearchBox(String actionId, String placeholder) {}

    private BlockKit() {}

    /**
     * @param search an external select to add after the reply's own rows, or null
     * @param truncated the line shown when the body had to be cut to fit 50 blocks
     */
    static Rendered render(Reply original, SearchBox search, String truncated) {
        // the core's hints name /topic; a member on Slack types /study-topic
        Reply reply = original.withProse(SlackCommandNames::inProse);
        List<LayoutBlock> head = new ArrayList<>();
        if (reply.title() != null && !reply.title().isBlank()) {
            head.add(HeaderBlock.builder()
                    .text(plain(reply.title(), MAX_HEADER_TEXT))
                    .build());
        }
        List<ContextBlockElement> context = new ArrayList<>();
        if (reply.breadcrumb() != null && !reply.breadcrumb().isBlank()) {
            context.add(markdown(cut(escape(reply.breadcrumb()), MAX_CONTEXT_TEXT)));
        }
        if (!reply.badges().isEmpty()) {
            List<String> badges = new ArrayList<>();
            for (String badge : reply.badges()) {
                badges.add("*" + escape(badge) + "*");
            }
            context.add(markdown(cut(String.join(" · ", badges), MAX_CONTEXT_TEXT)));
        }
        if (!context.isEmpty()) {
            head.add(ContextBlock.builder().elements(context).build());
        }

        List<LayoutBlock> body = new ArrayList<>();
        for (Reply.Block block : reply.blocks()) {
            body.addAll(body(block));
        }

        Set<String> actionIds = new HashSet<>();
        List<LayoutBlock> tail = new ArrayList<>();
        for (Reply.Row row : reply.rows()) {
            tail.addAll(row(row, actionIds));
        }
        if (search != null && actionIds.add(search.actionId())) {
            tail.add(ActionsBlock.builder()
                    .elements(List.of(ExternalSelectElement.builder()
                            .actionId(search.actionId())
                            .placeholder(plain(search.placeholder(), MAX_PLACEHOLDER))
                            .minQueryLength(1)
                            .build()))
                    .build());
        }
        if (reply.footer() != null && !reply.footer().isBlank()) {
            tail.add(ContextBlock.builder()
                    .elements(List.of(markdown(cut(escape(reply.footer()), MAX_CONTEXT_TEXT))))
                    .build());
        }

        int room = MAX_BLOCKS - head.size() - tail.size();
        if (body.size() > room) {
            body = new ArrayList<>(body.subList(0, Math.max(0, room - 1)));
            body.add(section(escape(truncated)));
        }
        List<LayoutBlock> blocks = new ArrayList<>(head.size() + body.size() + tail.size());
        blocks.addAll(head);
        blocks.addAll(body);
        blocks.addAll(tail);
        return new Rendered(List.copyOf(blocks), fallback(reply));
    }

    private static List<LayoutBlock> body(Reply.Block block) {
        List<LayoutBlock> out = new ArrayList<>();
        if (block instanceof Reply.Text text) {
            String heading = text.heading() == null || text.heading().isBlank()
                    ? ""
                    : "*" + cut(escape(text.heading()), 200) + "*";
            if (text.body().isBlank()) {
                if (!heading.isEmpty()) {
                    out.add(section(heading));
                }
                return out;
            }
            int budget = MAX_SECTION_TEXT - (heading.isEmpty() ? 0 : heading.length() + 1);
            List<String> chunks = escapedChunks(text.body(), budget);
            for (int i = 0; i < chunks.size(); i++) {
                out.add(section(i == 0 && !heading.isEmpty() ? heading + "\n" + chunks.get(i) : chunks.get(i)));
            }
        } else if (block instanceof Reply.Code code) {
            String safe = code.code().replace(FENCE, "`\u200B``");
            for (String chunk : escapedChunks(safe, MAX_SECTION_TEXT - 2 * FENCE.length() - 2)) {
                out.add(section(FENCE + "\n" + chunk + "\n" + FENCE));
            }
        } else if (block instanceof Reply.Notice notice) {
            String mark =
                    switch (notice.tone()) {
                        case INFO -> ":information_source: ";
                        case SUCCESS -> ":white_check_mark: ";
                        case WARNING -> ":warning: ";
                        case DANGER -> ":x: ";
                    };
            for (String chunk : escapedChunks(notice.text(), MAX_SECTION_TEXT - mark.length())) {
                out.add(section(mark + chunk));
            }
        } else if (block instanceof Reply.Fields fields) {
            List<TextObject> current = new ArrayList<>();
            for (Reply.Field field : fields.fields()) {
                String label = field.label() == null ? "" : "*" + escape(field.label()) + "*\n";
                String value = field.value() == null ? "" : escape(field.value());
                current.add(markdown(cut(label + value, MAX_FIELD_TEXT)));
                if (current.size() == MAX_FIELDS) {
                    out.add(SectionBlock.builder().fields(current).build());
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                out.add(SectionBlock.builder().fields(current).build());
            }
        }
        return out;
    }

    private static List<LayoutBlock> row(Reply.Row row, Set<String> actionIds) {
        List<LayoutBlock> out = new ArrayList<>();
        if (row instanceof Reply.ButtonRow buttons) {
            List<BlockElement> elements = new ArrayList<>();
            List<String> disabled = new ArrayList<>();
            for (Reply.Button button : buttons.buttons()) {
                if (button.disabled()) {
                    // Slack has no disabled buttons: show the label, offer nothing to press
                    disabled.add(escape(button.label()));
                    continue;
                }
                if (!actionIds.add(button.id())) {
                    continue; // Slack refuses a message with two equal action_ids
                }
                ButtonElement.ButtonElementBuilder element =
                        ButtonElement.builder().actionId(button.id()).text(plain(button.label(), MAX_BUTTON_TEXT));
                switch (button.style()) {
                    case SUCCESS -> element.style("primary");
                    case DANGER -> element.style("danger");
                    default -> {}
                }
                elements.add(element.build());
            }
            for (int i = 0; i < elements.size(); i += MAX_ACTIONS_ELEMENTS) {
                out.add(ActionsBlock.builder()
                        .elements(new ArrayList<>(
                                elements.subList(i, Math.min(elements.size(), i + MAX_ACTIONS_ELEMENTS))))
                        .build());
            }
            if (!disabled.isEmpty()) {
                out.add(ContextBlock.builder()
                        .elements(List.of(markdown(cut(String.join("   ", disabled), MAX_CONTEXT_TEXT))))
                        .build());
            }
        } else if (row instanceof Reply.SelectRow selectRow) {
            Reply.Select select = selectRow.select();
            if (!actionIds.add(select.id())) {
                return out;
            }
            List<OptionObject> options = new ArrayList<>();
            Set<String> values = new HashSet<>();
            for (Reply.Option option : select.options()) {
                if (option.value() == null
                        || option.value().length() > MAX_OPTION_VALUE
                        || !values.add(option.value())) {
                    continue;
                }
                OptionObject.OptionObjectBuilder built = OptionObject.builder()
                        .text(plain(option.label(), MAX_OPTION_TEXT))
                        .value(option.value());
                if (option.description() != null && !option.description().isBlank()) {
                    built.description(plain(option.description(), MAX_OPTION_TEXT));
                }
                options.add(built.build());
            }
            if (options.isEmpty()) {
                return out;
            }
            StaticSelectElement.StaticSelectElementBuilder element =
                    StaticSelectElement.builder().actionId(select.id()).options(options);
            if (select.placeholder() != null && !select.placeholder().isBlank()) {
                element.placeholder(plain(select.placeholder(), MAX_PLACEHOLDER));
            }
            out.add(ActionsBlock.builder().elements(List.of(element.build())).build());
        }
        return out;
    }

    /** The notification text: the title, else the first text, else a notice; escaped and cut. */
    static String fallback(Reply reply) {
        if (reply.title() != null && !reply.title().isBlank()) {
            return cut(escape(reply.title()), MAX_FALLBACK_TEXT);
        }
        for (Reply.Block block : reply.blocks()) {
            String text = null;
            if (block instanceof Reply.Text t && !t.body().isBlank()) {
                text = t.body();
            } else if (block instanceof Reply.Notice n) {
                text = n.text();
            } else if (block instanceof Reply.Text t && t.heading() != null) {
                text = t.heading();
            }
            if (text != null && !text.isBlank()) {
                return cut(escape(text), MAX_FALLBACK_TEXT);
            }
        }
        return reply.footer() != null && !reply.footer().isBlank()
                ? cut(escape(reply.footer()), MAX_FALLBACK_TEXT)
                : " ";
    }

    /** Slack's mrkdwn escaping: {@code &}, {@code <} and {@code >} as entities. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Escapes {@code text} and splits it into pieces of at most {@code limit} characters, at line ends
     * where it can and never inside an entity or a surrogate pair.
     */
    static List<String> escapedChunks(String text, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String escaped = escape(line);
            if (escaped.length() > limit) {
                if (current.length() > 0) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                StringBuilder piece = new StringBuilder();
                line.codePoints().forEach(cp -> {
                    String one = escape(new String(Character.toChars(cp)));
                    if (piece.length() + one.length() > limit) {
                        chunks.add(piece.toString());
                        piece.setLength(0);
                    }
                    piece.append(one);
                });
                current.append(piece);
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + escaped.length() > limit) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(escaped);
        }
        if (current.length() > 0 || chunks.isEmpty()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** At most {@code max} characters, with an ellipsis when cut, never inside an entity or a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= end && end - amp <= 5) {
            end = amp;
        }
        return text.substring(0, end) + "…";
    }

    private static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder()
                .text(cut(text == null || text.isBlank() ? " " : text, max))
                .emoji(true)
                .build();
    }

    private static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdown(mrkdwn)).build();
    }
}
