package dev.studybot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays rendered content out as embeds and messages within Discord's limits: a description holds
 * 4096 characters, a field 1024, an embed 25 fields, a message 10 embeds and 6000 characters in all.
 * Text is cut at line breaks, then spaces; code is cut at line breaks and every piece gets its own
 * complete fence, so no block ever ends inside a fence. A pure function: no JDA types, no state.
 */
final class EmbedSplitter {
    static final int TITLE_MAX = 256;
    static final int AUTHOR_MAX = 256;
    static final int DESCRIPTION_MAX = 4096;
    static final int FIELDS_MAX = 25;
    static final int FIELD_NAME_MAX = 256;
    static final int FIELD_VALUE_MAX = 1024;
    static final int FOOTER_MAX = 2048;
    static final int MESSAGE_TEXT_MAX = 6000;
    static final int EMBEDS_MAX = 10;

    /** What an embed needs to show when there is nothing else: a zero-width space. */
    static final String BLANK = "\u200b";

    private static final String PARAGRAPH = "\n\n";

    private EmbedSplitter() {}

    /** A piece of the body, in reading order. */
    sealed interface Segment permits Prose, CodeSegment, FieldGroup {}

    /** Markdown already escaped and formatted; cut at line breaks when too long. */
    record Prose(String markdown) implements Segment {
        Prose {
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /** Raw code and its language hint; fenced here, and re-fenced for every piece it is cut into. */
    record CodeSegment(String language, String code) implements Segment {
        CodeSegment {
            language = language == null ? "" : language;
            code = code == null ? "" : code;
        }
    }

    /** Label/value pairs shown as embed fields, already escaped. */
    record FieldGroup(List<Field> fields) implements Segment {
        FieldGroup {
            fields = List.copyOf(fields);
        }
    }

    /** An embed field; name and value are cut to their limits and never empty. */
    record Field(String name, String value, boolean inline) {
        Field {
            name = nonBlank(Markdown.truncate(name, FIELD_NAME_MAX));
            value = nonBlank(Markdown.truncate(value, FIELD_VALUE_MAX));
        }

        int length() {
            return name.length() + value.length();
        }
    }

    /**
     * Everything to lay out.
     *
     * @param title the heading of the first embed, or null
     * @param author the small line above the title (the breadcrumb), or null
     * @param segments the body in order
     * @param images attachment names, each shown as an embed image
     * @param footer the small last line, or null
     * @param color the embeds' side colour
     */
    record Content(String title, String author, List<Segment> segments, List<String> images, String footer, int color) {
        Content {
            title = blankToNull(title == null ? null : Markdown.truncate(title, TITLE_MAX));
            author = blankToNull(author == null ? null : Markdown.truncateHead(author, AUTHOR_MAX));
            segments = List.copyOf(segments);
            images = List.copyOf(images);
            footer = blankToNull(footer == null ? null : Markdown.truncate(footer, FOOTER_MAX));
        }
    }

    /** One embed as laid out. {@code image} is an attachment name, or null. */
    record Embed(
            String title,
            String author,
            String description,
            List<Field> fields,
            String image,
            String footer,
            int color) {
        Embed {
            fields = List.copyOf(fields);
        }

        /** Characters Discord counts towards a message's 6000. */
        int length() {
            return len(title)
                    + len(author)
                    + len(description)
                    + fields.stream().mapToInt(Field::length).sum()
                    + len(footer);
        }
    }

    /** One message's embeds. */
    record Page(List<Embed> embeds) {
        Page {
            embeds = List.copyOf(embeds);
        }

        int length() {
            return embeds.stream().mapToInt(Embed::length).sum();
        }

        /** The attachment names its embeds show. */
        List<String> images() {
            return embeds.stream().map(Embed::image).filter(Objects::nonNull).toList();
        }
    }

    /** Lays the content out as one or more messages; never returns an empty list or an empty embed. */
    static List<Page> split(Content content) {
        Layout layout = new Layout(content.color());
        layout.current().title = content.title();
        layout.current().author = content.author();
        layout.pageLength = len(content.title()) + len(content.author());
        for (Segment segment : content.segments()) {
            if (segment instanceof Prose prose) {
                for (String piece : splitProse(prose.markdown(), DESCRIPTION_MAX)) {
                    layout.addText(piece);
                }
            } else if (segment instanceof CodeSegment code) {
                for (String piece : splitCode(code.language(), code.code(), DESCRIPTION_MAX)) {
                    layout.addText(piece);
                }
            } else if (segment instanceof FieldGroup group) {
                for (Field field : group.fields()) {
                    layout.addField(field);
                }
            }
        }
        for (String image : content.images()) {
            layout.addImage(image);
        }
        if (content.footer() != null) {
            layout.addFooter(content.footer());
        }
        return layout.pages();
    }

    /** Cuts markdown into pieces of at most {@code max} characters at line breaks, then spaces. */
    static List<String> splitProse(String markdown, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = markdown.strip();
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                int space = rest.lastIndexOf(' ', max);
                cut = space >= max / 2 ? space : Markdown.safeCut(rest, max);
            }
            if (cut <= 0) {
                cut = Markdown.safeCut(rest, max);
            }
            if (cut <= 0) {
                // a single unsplittable run: a character pair at the edge; take one more
                cut = Math.min(rest.length(), max);
            }
            String piece = rest.substring(0, cut).stripTrailing();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Fences code, cut at line breaks into pieces of at most {@code max} characters, each fenced. */
    static List<String> splitCode(String language, String code, int max) {
        String open = Markdown.fenceOpen(language);
        String close = "\n```";
        String body = Markdown.safeCode(code);
        int room = max - open.length() - close.length();
        if (body.length() <= room) {
            return List.of(open + body + close);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String rest = line;
            while (rest.length() > room) {
                if (chunk.length() > 0) {
                    pieces.add(open + chunk + close);
                    chunk.setLength(0);
                }
                int cut = room;
                if (Character.isLowSurrogate(rest.charAt(cut))) {
                    cut--;
                }
                pieces.add(open + rest.substring(0, cut) + close);
                rest = rest.substring(cut);
            }
            int needed = (chunk.length() == 0 ? 0 : 1) + rest.length();
            if (chunk.length() > 0 && chunk.length() + needed > room) {
                pieces.add(open + chunk + close);
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append('\n');
            }
            chunk.append(rest);
        }
        if (chunk.length() > 0) {
            pieces.add(open + chunk + close);
        }
        return pieces;
    }

    /** Mutable drafts while laying out; turned into records at the end. */
    private static final class Layout {
        private final int color;
        private final List<List<Draft>> pages = new ArrayList<>();
        private int pageLength;

        Layout(int color) {
            this.color = color;
            List<Draft> first = new ArrayList<>();
            first.add(new Draft());
            pages.add(first);
        }

        List<Draft> page() {
            return pages.get(pages.size() - 1);
        }

        Draft current() {
            List<Draft> page = page();
            return page.get(page.size() - 1);
        }

        /** A new embed on this message when one more fits, else on a new message. */
        Draft next(int length) {
            if (page().size() < EMBEDS_MAX && pageLength + length <= MESSAGE_TEXT_MAX) {
                Draft draft = new Draft();
                page().add(draft);
                return draft;
            }
            List<Draft> page = new ArrayList<>();
            Draft draft = new Draft();
            page.add(draft);
            pages.add(page);
            pageLength = 0;
            return draft;
        }

        void addText(String piece) {
            Draft draft = current();
            int added = (draft.description.length() == 0 ? 0 : PARAGRAPH.length()) + piece.length();
            boolean fits = draft.fields.isEmpty()
                    && draft.image == null
                    && draft.description.length() + added <= DESCRIPTION_MAX
                    && pageLength + added <= MESSAGE_TEXT_MAX;
            if (!fits) {
                draft = next(piece.length());
                added = piece.length();
            }
            if (draft.description.length() > 0) {
                draft.description.append(PARAGRAPH);
            }
            draft.description.append(piece);
            pageLength += added;
        }

        void addField(Field field) {
            Draft draft = current();
            boolean fits = draft.image == null
                    && draft.fields.size() < FIELDS_MAX
                    && pageLength + field.length() <= MESSAGE_TEXT_MAX;
            if (!fits) {
                draft = next(field.length());
            }
            draft.fields.add(field);
            pageLength += field.length();
        }

        void addImage(String image) {
            Draft draft = current();
            if (draft.image != null) {
                draft = next(0);
            }
            draft.image = image;
        }

        void addFooter(String footer) {
            Draft draft = current();
            if (pageLength + footer.length() > MESSAGE_TEXT_MAX) {
                draft = next(footer.length());
            }
            draft.footer = footer;
            pageLength += footer.length();
        }

        List<Page> pages() {
            List<Page> result = new ArrayList<>();
            for (List<Draft> drafts : pages) {
                List<Embed> embeds = new ArrayList<>();
                for (Draft draft : drafts) {
                    if (draft.isEmpty()) {
                        continue;
                    }
                    embeds.add(draft.build(color));
                }
                if (!embeds.isEmpty()) {
                    result.add(new Page(embeds));
                }
            }
            if (result.isEmpty()) {
                result.add(new Page(List.of(new Embed(null, null, BLANK, List.of(), null, null, color))));
            }
            return result;
        }
    }

    private static final class Draft {
        String title;
        String author;
        final StringBuilder description = new StringBuilder();
        final List<Field> fields = new ArrayList<>();
        String image;
        String footer;

        boolean isEmpty() {
            return title == null
                    && author == null
                    && description.length() == 0
                    && fields.isEmpty()
                    && image == null
                    && footer == null;
        }

        Embed build(int color) {
            return new Embed(
                    title,
                    author,
                    description.length() == 0 ? null : description.toString(),
                    fields,
                    image,
                    footer,
                    color);
        }
    }

    private static int len(String text) {
        return text == null ? 0 : text.length();
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? BLANK : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
