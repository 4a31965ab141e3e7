package dev.studybot.discord;

import dev.studybot.chat.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponent;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a {@link Reply} the way Discord users expect: embeds (breadcrumb as the author line, tags,
 * text, code in fences, marked notices, fields, footer), buttons and selects as action rows, and
 * pictures as attached PNG files shown in the embeds. Long content is laid out over several embeds
 * and, past one message's limits, several messages ({@link EmbedSplitter}); the components ride on
 * the first message, so the message a button sits on is always the one a reply replaces.
 */
final class ReplyRenderer {
    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);

    static final int COLOR_INFO = 0x5865F2;
    static final int COLOR_SUCCESS = 0x57F287;
    static final int COLOR_WARNING = 0xF0B232;
    static final int COLOR_DANGER = 0xED4245;

    private static final int BUTTON_LABEL_MAX = 80;
    private static final int CUSTOM_ID_MAX = 100;
    private static final int OPTION_TEXT_MAX = 100;
    private static final int PLACEHOLDER_MAX = 150;
    private static final int ALT_TEXT_MAX = 1024;

    /**
     * A reply ready to send.
     *
     * @param pages the messages' embeds, first to last
     * @param rows the components, sent with the first message
     * @param images the attached pictures by file name
     * @param ephemeral whether only the caller sees it
     */
    record Rendered(
            List<EmbedSplitter.Page> pages,
            List<MessageTopLevelComponent> rows,
            Map<String, Reply.Image> images,
            boolean ephemeral) {
        Rendered {
            pages = List.copyOf(pages);
            rows = List.copyOf(rows);
            images = Map.copyOf(images);
        }

        int pageCount() {
            return pages.size();
        }

        /** A new message holding page {@code index}. */
        MessageCreateData create(int index) {
            EmbedSplitter.Page page = pages.get(index);
            return new MessageCreateBuilder()
                    .setEmbeds(embeds(page))
                    .setComponents(index == 0 ? rows : List.of())
                    .setFiles(files(page))
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .build();
        }

        /** The edit that makes an existing message show page {@code index}, replacing all it had. */
        MessageEditData edit(int index) {
            EmbedSplitter.Page page = pages.get(index);
            return new MessageEditBuilder()
                    .setReplace(true)
                    .setContent("")
                    .setEmbeds(embeds(page))
                    .setComponents(index == 0 ? rows : List.of())
                    .setAttachments(files(page))
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .build();
        }

        private List<FileUpload> files(EmbedSplitter.Page page) {
            List<FileUpload> files = new ArrayList<>();
            for (String name : page.images()) {
                Reply.Image image = images.get(name);
                FileUpload upload = FileUpload.fromData(image.png(), name);
                if (image.alt() != null && !image.alt().isBlank()) {
                    upload.setDescription(Markdown.truncate(image.alt(), ALT_TEXT_MAX));
                }
                files.add(upload);
            }
            return files;
        }
    }

    private ReplyRenderer() {}

    /** Renders the reply; components Discord would refuse are left out and logged, never thrown. */
    static Rendered render(Reply reply) {
        Map<String, Reply.Image> images = new LinkedHashMap<>();
        for (Reply.Image image : reply.images()) {
            images.put(uniqueFileName(image.fileName(), images.keySet()), image);
        }
        EmbedSplitter.Content content = new EmbedSplitter.Content(
                reply.title() == null ? null : Markdown.escape(reply.title()),
                reply.breadcrumb(),
                segments(reply),
                List.copyOf(images.keySet()),
                reply.footer(),
                color(reply));
        return new Rendered(
                EmbedSplitter.split(content), rows(reply), images, reply.visibility() == Reply.Visibility.PRIVATE);
    }

    static List<EmbedSplitter.Segment> segments(Reply reply) {
        List<EmbedSplitter.Segment> segments = new ArrayList<>();
        if (!reply.badges().isEmpty()) {
            segments.add(new EmbedSplitter.Prose(reply.badges().stream()
                    .filter(badge -> badge != null && !badge.isBlank())
                    .map(badge -> "`" + badge.replace('`', '\'') + "`")
                    .collect(Collectors.joining(" "))));
        }
        for (Reply.Block block : reply.blocks()) {
            if (block instanceof Reply.Text text) {
                String heading = text.heading() == null || text.heading().isBlank()
                        ? null
                        : Markdown.bold(Markdown.escape(text.heading()));
                String body = Markdown.escape(text.body().strip());
                String markdown = heading == null ? body : body.isEmpty() ? heading : heading + "\n" + body;
                if (!markdown.isBlank()) {
                    segments.add(new EmbedSplitter.Prose(markdown));
                }
            } else if (block instanceof Reply.Code code) {
                segments.add(new EmbedSplitter.CodeSegment(code.language(), code.code()));
            } else if (block instanceof Reply.Notice notice) {
                segments.add(new EmbedSplitter.Prose(notice(notice)));
            } else if (block instanceof Reply.Fields fields) {
                if (!fields.fields().isEmpty()) {
                    segments.add(new EmbedSplitter.FieldGroup(fields.fields().stream()
                            .map(field -> new EmbedSplitter.Field(
                                    Markdown.escape(field.label()), Markdown.escape(field.value()), true))
                            .toList()));
                }
            }
        }
        return segments;
    }

    /** A notice as a quote with its tone's mark, so it stands apart from the body. */
    static String notice(Reply.Notice notice) {
        String mark =
                switch (notice.tone()) {
                    case INFO -> "ℹ️";
                    case SUCCESS -> "✅";
                    case WARNING -> "⚠️";
                    case DANGER -> "⛔";
                };
        String[] lines = Markdown.escape(notice.text().strip()).split("\n", -1);
        StringBuilder out = new StringBuilder("> ").append(mark).append(' ').append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append("\n> ").append(lines[i]);
        }
        return out.toString();
    }

    /** The side colour: the strongest notice tone, else the default. */
    static int color(Reply reply) {
        Reply.Tone strongest = null;
        for (Reply.Block block : reply.blocks()) {
            if (block instanceof Reply.Notice notice
                    && (strongest == null || notice.tone().ordinal() > strongest.ordinal())) {
                strongest = notice.tone();
            }
        }
        if (strongest == null) {
            return COLOR_INFO;
        }
        return switch (strongest) {
            case INFO -> COLOR_INFO;
            case SUCCESS -> COLOR_SUCCESS;
            case WARNING -> COLOR_WARNING;
            case DANGER -> COLOR_DANGER;
        };
    }

    static List<MessageTopLevelComponent> rows(Reply reply) {
        List<MessageTopLevelComponent> rows = new ArrayList<>();
        for (Reply.Row row : reply.rows()) {
            List<ActionRowChildComponent> children = new ArrayList<>();
            if (row instanceof Reply.ButtonRow buttons) {
                for (Reply.Button button : buttons.buttons()) {
                    if (!validId(button.id())) {
                        log.error("left out a button whose id Discord would refuse: '{}'", button.label());
                        continue;
                    }
                    children.add(Button.of(
                                    style(button.style()),
                                    button.id(),
                                    nonBlank(Markdown.truncate(button.label().strip(), BUTTON_LABEL_MAX)))
                            .withDisabled(button.disabled()));
                }
            } else if (row instanceof Reply.SelectRow selectRow) {
                select(selectRow.select()).ifPresent(children::add);
            }
            if (!children.isEmpty()) {
                rows.add(ActionRow.of(children));
            }
        }
        return rows;
    }

    private static java.util.Optional<StringSelectMenu> select(Reply.Select select) {
        if (!validId(select.id())) {
            log.error("left out a select whose id Discord would refuse");
            return java.util.Optional.empty();
        }
        StringSelectMenu.Builder menu = StringSelectMenu.create(select.id());
        if (select.placeholder() != null && !select.placeholder().isBlank()) {
            menu.setPlaceholder(Markdown.truncate(select.placeholder(), PLACEHOLDER_MAX));
        }
        Set<String> values = new HashSet<>();
        for (Reply.Option option : select.options()) {
            if (option.value() == null
                    || option.value().isEmpty()
                    || option.value().length() > OPTION_TEXT_MAX
                    || !values.add(option.value())) {
                log.error("left out a select option whose value Discord would refuse: '{}'", option.label());
                continue;
            }
            SelectOption choice = SelectOption.of(
                    nonBlank(Markdown.truncate(
                            option.label() == null ? "" : option.label().strip(), OPTION_TEXT_MAX)),
                    option.value());
            if (option.description() != null && !option.description().isBlank()) {
                choice = choice.withDescription(
                        Markdown.truncate(option.description().strip(), OPTION_TEXT_MAX));
            }
            menu.addOptions(choice);
        }
        return menu.getOptions().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(menu.build());
    }

    /** {@code INFO} is Discord's default grey, {@code SUCCESS} the primary colour, as {@link Reply.Button} says. */
    static ButtonStyle style(Reply.Tone tone) {
        return switch (tone) {
            case INFO, WARNING -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.PRIMARY;
            case DANGER -> ButtonStyle.DANGER;
        };
    }

    private static boolean validId(String id) {
        return id != null && !id.isEmpty() && id.length() <= CUSTOM_ID_MAX;
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? Markdown.ELLIPSIS : text;
    }

    /** A file name Discord accepts and embeds can point at: safe characters, {@code .png}, unique. */
    static String uniqueFileName(String requested, Set<String> taken) {
        String base = requested == null ? "" : requested.strip();
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.toLowerCase(Locale.ROOT).endsWith(".png")) {
            base = base.substring(0, base.length() - 4);
        }
        base = base.replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "picture";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        String name = base + ".png";
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i + ".png";
        }
        return name;
    }

    private static List<MessageEmbed> embeds(EmbedSplitter.Page page) {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (EmbedSplitter.Embed embed : page.embeds()) {
            EmbedBuilder builder = new EmbedBuilder().setColor(embed.color());
            if (embed.title() != null) {
                builder.setTitle(embed.title());
            }
            if (embed.author() != null) {
                builder.setAuthor(embed.author());
            }
            if (embed.description() != null) {
                builder.setDescription(embed.description());
            }
            for (EmbedSplitter.Field field : embed.fields()) {
                builder.addField(field.name(), field.value(), field.inline());
            }
            if (embed.image() != null) {
                builder.setImage("attachment://" + embed.image());
            }
            if (embed.footer() != null) {
                builder.setFooter(embed.footer());
            }
            embeds.add(builder.build());
        }
        return embeds;
    }
}
