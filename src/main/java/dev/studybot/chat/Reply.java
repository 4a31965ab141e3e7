package dev.studybot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the bot says, independent of any platform: a title, a breadcrumb, badges, blocks of text and
 * code, rows of buttons or a select, pictures. Adapters render it as a Discord embed, Slack Block
 * Kit or console text; none of them decides what is said. Text is plain: adapters escape it.
 *
 * @param visibility public to the channel, or private to the caller
 * @param title a heading, or {@code null}
 * @param breadcrumb where the subject sits ({@code 初级 › 计算机基础}), or {@code null}
 * @param badges short labels shown beside the title (tags such as 必会)
 * @param blocks the body, in order
 * @param rows rows of components; a row holds up to five buttons or one select
 * @param images pictures to attach
 * @param footer a small last line, or {@code null}
 * @param replaceOriginal for a component press: replace the message that held the component rather
 *     than answer with a new one
 */
public record Reply(
        Visibility visibility,
        String title,
        String breadcrumb,
        List<String> badges,
        List<Block> blocks,
        List<Row> rows,
        List<Image> images,
        String footer,
        boolean replaceOriginal) {

    /** Discord allows at most five rows of components on a message. */
    public static final int MAX_ROWS = 5;

    public static final int MAX_BUTTONS_PER_ROW = 5;

    public Reply {
        Objects.requireNonNull(visibility, "visibility");
        badges = List.copyOf(badges);
        blocks = List.copyOf(blocks);
        rows = List.copyOf(rows);
        images = List.copyOf(images);
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows of components, got " + rows.size());
        }
    }

    /** Who sees a reply. */
    public enum Visibility {
        PUBLIC,
        PRIVATE
    }

    /** A part of the body. */
    public sealed interface Block permits Text, Code, Notice, Fields {}

    /** A paragraph, with an optional heading. */
    public record Text(String heading, String body) implements Block {
        public Text {
            body = body == null ? "" : body;
        }
    }

    /** Code, shown in a monospaced block; {@code language} is a highlighting hint such as {@code go}. */
    public record Code(String language, String code) implements Block {
        public Code {
            language = language == null ? "" : language;
            Objects.requireNonNull(code, "code");
        }
    }

    /** A remark set apart from the body: a correction, a warning, a result. */
    public record Notice(Tone tone, String text) implements Block {
        public Notice {
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Short label/value pairs shown side by side where the platform can. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label/value pair. */
    public record Field(String label, String value) {}

    /** How a notice or a button should look. */
    public enum Tone {
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }

    /** A row of buttons, or a single select. */
    public sealed interface Row permits ButtonRow, SelectRow {}

    /** Up to five buttons side by side. */
    public record ButtonRow(List<Button> buttons) implements Row {
        public ButtonRow {
            buttons = List.copyOf(buttons);
            if (buttons.isEmpty() || buttons.size() > MAX_BUTTONS_PER_ROW) {
                throw new IllegalArgumentException("a row holds 1 to 5 buttons, got " + buttons.size());
            }
        }
    }

    /** A drop-down of options, one pick. */
    public record SelectRow(Select select) implements Row {}

    /**
     * A button.
     *
     * @param id the encoded component id (see {@link ComponentCodec})
     * @param label what it says, at most 80 characters
     * @param style how it looks: {@code INFO} is the platform's default, {@code SUCCESS} primary
     * @param disabled shown but not pressable
     */
    public record Button(String id, String label, Tone style, boolean disabled) {
        public Button {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            style = style == null ? Tone.INFO : style;
        }

        public Button(String id, String label) {
            this(id, label, Tone.INFO, false);
        }
    }

    /** A select: its encoded id, a placeholder and up to 25 options. */
    public record Select(String id, String placeholder, List<Option> options) {
        public Select {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
            if (options.isEmpty() || options.size() > 25) {
                throw new IllegalArgumentException("a select holds 1 to 25 options, got " + options.size());
            }
        }
    }

    /** A select option: its label, the value sent back, and an optional description. */
    public record Option(String label, String value, String description) {}

    /** A PNG picture to attach, with a file name and a text alternative. */
    public record Image(String fileName, byte[] png, String alt) {
        public Image {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(png, "png");
        }
    }

    /** A new builder for a reply of this visibility. */
    public static Builder builder(Visibility visibility) {
        return new Builder(visibility);
    }

    /** A private reply holding one sentence: the usual answer to a mistake. */
    public static Reply privateNotice(Tone tone, String text) {
        return builder(Visibility.PRIVATE).notice(tone, text).build();
    }

    /** This reply with another visibility. */
    public Reply withVisibility(Visibility other) {
        return new Reply(other, title, breadcrumb, badges, blocks, rows, images, footer, replaceOriginal);
    }

    /** This reply, replacing the message that held the pressed component. */
    public Reply replacingOriginal() {
        return new Reply(visibility, title, breadcrumb, badges, blocks, rows, images, footer, true);
    }

    /** This reply without components (e.g. a closed quiz). */
    public Reply withoutRows() {
        return new Reply(visibility, title, breadcrumb, badges, blocks, List.of(), images, footer, replaceOriginal);
    }

    /**
     * This reply with every piece of prose passed through {@code rewrite}: the title, breadcrumb,
     * badges, text, notices, fields, footer, labels and picture descriptions. Code blocks, ids and the
     * pictures themselves stay as they are. An adapter uses it to say things the way its platform does.
     */
    public Reply withProse(UnaryOperator<String> rewrite) {
        UnaryOperator<String> r = text -> text == null ? null : rewrite.apply(text);
        List<Block> newBlocks = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Text text) {
                newBlocks.add(new Text(r.apply(text.heading()), r.apply(text.body())));
            } else if (block instanceof Notice notice) {
                newBlocks.add(new Notice(notice.tone(), r.apply(notice.text())));
            } else if (block instanceof Fields fields) {
                newBlocks.add(new Fields(fields.fields().stream()
                        .map(f -> new Field(r.apply(f.label()), r.apply(f.value())))
                        .toList()));
            } else {
                newBlocks.add(block);
            }
        }
        List<Row> newRows = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (row instanceof ButtonRow buttonRow) {
                newRows.add(new ButtonRow(buttonRow.buttons().stream()
                        .map(b -> new Button(b.id(), r.apply(b.label()), b.style(), b.disabled()))
                        .toList()));
            } else if (row instanceof SelectRow selectRow) {
                Select select = selectRow.select();
                newRows.add(new SelectRow(new Select(
                        select.id(),
                        r.apply(select.placeholder()),
                        select.options().stream()
                                .map(o -> new Option(r.apply(o.label()), o.value(), r.apply(o.description())))
                                .toList())));
            }
        }
        return new Reply(
                visibility,
                r.apply(title),
                r.apply(breadcrumb),
                badges.stream().map(r).toList(),
                newBlocks,
                newRows,
                images.stream()
                        .map(i -> new Image(i.fileName(), i.png(), r.apply(i.alt())))
                        .toList(),
                r.apply(footer),
                replaceOriginal);
    }

    /** All buttons of all rows, in order. */
    public List<Button> buttons() {
        List<Button> all = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof ButtonRow buttonRow) {
                all.addAll(buttonRow.buttons());
            }
        }
        return all;
    }

    /** Builds a {@link Reply} step by step. */
    public static final class Builder {
        private final Visibility visibility;
        private String title;
        private String breadcrumb;
        private final List<String> badges = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private String footer;
        private boolean replaceOriginal;

        private Builder(Visibility visibility) {
            this.visibility = Objects.requireNonNull(visibility, "visibility");
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder breadcrumb(String value) {
            this.breadcrumb = value;
            return this;
        }

        public Builder badge(String value) {
            badges.add(value);
            return this;
        }

        public Builder text(String body) {
            blocks.add(new Text(null, body));
            return this;
        }

        public Builder text(String heading, String body) {
            blocks.add(new Text(heading, body));
            return this;
        }

        public Builder code(String language, String code) {
            blocks.add(new Code(language, code));
            return this;
        }

        public Builder notice(Tone tone, String text) {
            blocks.add(new Notice(tone, text));
            return this;
        }

        public Builder fields(List<Field> fields) {
            blocks.add(new Fields(fields));
            return this;
        }

        public Builder block(Block block) {
            blocks.add(block);
            return this;
        }

        /** Adds buttons, five to a row, as many rows as needed. */
        public Builder buttons(List<Button> buttons) {
            for (int i = 0; i < buttons.size(); i += MAX_BUTTONS_PER_ROW) {
                rows.add(new ButtonRow(buttons.subList(i, Math.min(buttons.size(), i + MAX_BUTTONS_PER_ROW))));
            }
            return this;
        }

        public Builder select(Select select) {
            rows.add(new SelectRow(select));
            return this;
        }

        public Builder image(Image image) {
            images.add(image);
            return this;
        }

        public Builder footer(String value) {
            this.footer = value;
            return this;
        }

        public Builder replaceOriginal(boolean value) {
            this.replaceOriginal = value;
            return this;
        }

        /** Rows so far; callers that must stay under {@link #MAX_ROWS} check this. */
        public int rowCount() {
            return rows.size();
        }

        public Reply build() {
            return new Reply(visibility, title, breadcrumb, badges, blocks, rows, images, footer, replaceOriginal);
        }
    }
}
