package dev.studybot.roadmap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a roadmap written as a tab-indented outline, optionally with Jekyll front matter and inside
 * an HTML {@code <pre>} block, as the bundled Go roadmap is.
 *
 * <p>The rules, in the order they are tried on a line at the expected depth:
 *
 * <ul>
 *   <li>an {@code <img>} (usually in a Jekyll {@code <span>}) becomes an image reference of the
 *       enclosing topic;
 *   <li>a numbered line ({@code 3.操作系统(必会)}) is a topic, unless it has nothing under it and
 *       reads as a long sentence, which makes it a numbered note of the enclosing topic;
 *   <li>a line that looks like Go code starts a code block that runs over deeper lines, code-like
 *       lines at its own depth, and space-indented continuation lines;
 *   <li>an unnumbered line with deeper lines under it is an unnumbered topic; the connectives
 *       {@code 注:} and {@code 其中:} are transparent and hand their lines to the enclosing topic;
 *   <li>any other line is a note of the enclosing topic.
 * </ul>
 *
 * Tags {@code (必会)} and {@code (推荐)} are split off titles; {@code Title：description} becomes a
 * title and a summary; HTML entities are decoded; HTML tags and Liquid expressions never reach the
 * text.
 */
public final class OutlineParser {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s*(\\S.*)$");
    private static final Pattern IMAGE =
            Pattern.compile("<img\\b[^>]*\\bsrc\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE_OPEN = Pattern.compile("^\\s*<pre\\b[^>]*>(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE_CLOSE = Pattern.compile("^(.*?)</pre>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Set<String> TRANSPARENT = Set.of("注", "其中", "注意", "如下");

    /**
     * Parses one roadmap file.
     *
     * @param id the roadmap id (the file name without extension)
     * @param source the name used in messages (a file name or path)
     * @param content the raw bytes; they must be UTF-8
     * @throws RoadmapFormatException naming the line and the problem when the file cannot be read
     */
    public Roadmap parse(String id, String source, byte[] content) throws RoadmapFormatException {
        String text = decode(source, content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        Map<String, String> front = new LinkedHashMap<>();
        int first = readFrontMatter(source, lines, front);
        int[] range = outlineRange(source, lines, first);
        Run run = new Run(source, lines, range[0], range[1]);
        run.parse();
        if (run.topics.isEmpty()) {
            throw new RoadmapFormatException(
                    source, range[0] + 1, "the outline is empty; write at least one numbered heading such as 1.初级");
        }
        return new Roadmap(
                id, front.get("title"), front.get("author"), front.get("category"), source, run.topics(), run.warnings);
    }

    private static String decode(String source, byte[] content) throws RoadmapFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new RoadmapFormatException(
                    source, line, "not UTF-8 text (bad byte at offset " + offset + "); save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Returns the index of the first line after the front matter (0 when there is none). */
    private static int readFrontMatter(String source, String[] lines, Map<String, String> into)
            throws RoadmapFormatException {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        int close = -1;
        for (int i = 1; i < lines.length && close < 0; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
            }
        }
        if (close < 0) {
            throw new RoadmapFormatException(
                    source, 1, "front matter opened with --- is never closed; add a --- line after it");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---")) {
                return i + 1;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = FRONT_MATTER_ENTRY.matcher(line);
            if (!m.matches()) {
                throw new RoadmapFormatException(
                        source, i + 1, "front matter line is not 'key: value' (" + abbreviate(line) + ")");
            }
            into.put(m.group(1).toLowerCase(), unquote(m.group(2).strip()));
        }
        throw new RoadmapFormatException(
                source, 1, "front matter opened with --- is never closed; add a --- line after it");
    }

    /** The outline's line range: inside {@code <pre>} when there is one, else the rest of the file. */
    private static int[] outlineRange(String source, String[] lines, int first) throws RoadmapFormatException {
        for (int i = first; i < lines.length; i++) {
            Matcher open = PRE_OPEN.matcher(lines[i]);
            if (open.matches()) {
                for (int j = i + 1; j < lines.length; j++) {
                    if (PRE_CLOSE.matcher(lines[j]).matches()) {
                        return new int[] {i + 1, j};
                    }
                }
                throw new RoadmapFormatException(source, i + 1, "<pre> is never closed; add </pre> after the outline");
            }
        }
        return new int[] {first, lines.length};
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && ((value.startsWith("\"") && value.endsWith("\""))
                        || (value.startsWith("'") && value.endsWith("'")))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** A topic being built. */
    private static final class Node {
        final String id;
        final String title;
        final List<String> path;
        final Set<Tag> tags;
        final String summary;
        final String parentId;
        final int line;
        final List<String> notes = new ArrayList<>();
        final List<CodeBlock> code = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final Map<Integer, Node> numbered = new LinkedHashMap<>();
        int unnumbered;
        int lastNumber = -1;

        Node(String id, String title, List<String> path, Set<Tag> tags, String summary, String parentId, int line) {
            this.id = id;
            this.title = title;
            this.path = path;
            this.tags = tags;
            this.summary = summary;
            this.parentId = parentId;
            this.line = line;
        }

        String childId(String local) {
            return id.isEmpty() ? local : id + "." + local;
        }
    }

    /** One pass over one file. */
    private static final class Run {
        final String source;
        final String[] lines;
        final int end;
        final Node root = new Node("", "", List.of(), Set.of(), "", null, 0);
        final List<Node> topics = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final java.util.Set<String> ids = new java.util.HashSet<>();
        int pos;

        Run(String source, String[] lines, int start, int end) {
            this.source = source;
            this.lines = lines;
            this.pos = start;
            this.end = end;
        }

        void parse() throws RoadmapFormatException {
            // text on the <pre> line itself is rare; the outline starts on the next line
            block(root, 0, false);
            if (pos < end) {
                int depth = depth(pos);
                throw new RoadmapFormatException(
                        source, pos + 1, "line is indented " + depth + " tabs but no heading above it is that deep");
            }
            if (!root.notes.isEmpty() || !root.code.isEmpty()) {
                int line = root.code.isEmpty()
                        ? firstRootNoteLine
                        : root.code.get(0).line();
                throw new RoadmapFormatException(
                        source, line, "text outside any heading; put it under a heading or number it");
            }
        }

        int firstRootNoteLine;

        List<Topic> topics() {
            List<Topic> result = new ArrayList<>(topics.size());
            for (Node node : topics) {
                List<String> childIds = node.children.stream().map(c -> c.id).toList();
                result.add(new Topic(
                        node.id,
                        node.title,
                        node.path,
                        node.tags,
                        node.summary,
                        node.notes,
                        node.code,
                        node.images,
                        List.of(),
                        node.parentId.isEmpty() ? null : node.parentId,
                        childIds,
                        node.line));
            }
            return result;
        }

        boolean blank(int i) {
            return lines[i].isBlank();
        }

        int depth(int i) {
            String line = lines[i];
            int d = 0;
            while (d < line.length() && line.charAt(d) == '\t') {
                d++;
            }
            return d;
        }

        String rest(int i) {
            return lines[i].substring(depth(i));
        }

        int nextContent(int from) {
            int i = from;
            while (i < end && blank(i)) {
                i++;
            }
            return i;
        }

        /** Reads the lines at {@code depth} (and their subtrees) into {@code parent}. */
        void block(Node parent, int depth, boolean transparent) throws RoadmapFormatException {
            boolean prose = transparent || proseGroup(pos, depth);
            boolean headingGroup = headingGroup(pos, depth);
            while (true) {
                pos = nextContent(pos);
                if (pos >= end) {
                    return;
                }
                int d = depth(pos);
                if (d < depth) {
                    return;
                }
                String rest = rest(pos);
                if (d > depth && OutlineText.looksLikeCode(rest.strip())) {
                    code(parent, d);
                    continue;
                }
                if (d > depth) {
                    throw new RoadmapFormatException(
                            source,
                            pos + 1,
                            "indented " + (d - depth + 1) + " tabs deeper than the heading above it" + " (line "
                                    + parent.line + "); nest one tab deeper at a time");
                }
                if (rest.startsWith(" ") || rest.startsWith("\u3000")) {
                    throw new RoadmapFormatException(
                            source,
                            pos + 1,
                            "indented with spaces where the outline nests by tabs; indent it with tabs");
                }
                String trimmed = rest.strip();
                Matcher image = IMAGE.matcher(trimmed);
                if (image.find()) {
                    parent.images.add(OutlineText.imagePath(image.group(1)));
                    String remainder = OutlineText.clean(trimmed);
                    if (!remainder.isEmpty()) {
                        note(parent, remainder);
                    }
                    pos++;
                    continue;
                }
                boolean hasChildren = nextContent(pos + 1) < end && depth(nextContent(pos + 1)) > d;
                Matcher numbered = NUMBERED.matcher(trimmed);
                if (numbered.matches() && !OutlineText.looksLikeCode(trimmed)) {
                    int number = Integer.parseInt(numbered.group(1));
                    String text = numbered.group(2);
                    if (!hasChildren && prose) {
                        note(parent, number + ". " + OutlineText.clean(text));
                        pos++;
                        continue;
                    }
                    if (hasChildren && OutlineText.isListIntro(text)) {
                        note(parent, number + ". " + OutlineText.clean(text));
                        pos++;
                        block(parent, d + 1, true);
                        continue;
                    }
                    Node child = numberedChild(parent, number, text, pos + 1);
                    pos++;
                    block(child, d + 1, false);
                    continue;
                }
                if (OutlineText.looksLikeCode(trimmed)) {
                    code(parent, d);
                    continue;
                }
                if (hasChildren) {
                    String label =
                            OutlineText.clean(trimmed).replaceAll("[:：]$", "").strip();
                    pos++;
                    if (TRANSPARENT.contains(label)) {
                        block(parent, d + 1, true);
                    } else if (OutlineText.isListIntro(trimmed)) {
                        note(parent, OutlineText.clean(trimmed));
                        block(parent, d + 1, true);
                    } else {
                        Node child = unnumberedChild(parent, trimmed, pos);
                        block(child, d + 1, false);
                    }
                    continue;
                }
                if (!transparent && headingGroup && OutlineText.isShortLabel(trimmed)) {
                    // a leaf among unnumbered headings (信号驱动 IO beside 阻塞 IO, 非阻塞 IO, ...) is one of them
                    unnumberedChild(parent, trimmed, pos + 1);
                    pos++;
                    continue;
                }
                note(parent, OutlineText.clean(trimmed));
                pos++;
            }
        }

        /** True when at least two unnumbered lines of the sibling group starting at {@code from} are headings. */
        boolean headingGroup(int from, int depth) {
            int headings = 0;
            for (int i = from; i < end; i++) {
                if (blank(i)) {
                    continue;
                }
                int d = depth(i);
                if (d < depth) {
                    break;
                }
                if (d > depth) {
                    continue;
                }
                String trimmed = rest(i).strip();
                if (NUMBERED.matcher(trimmed).matches() || OutlineText.looksLikeCode(trimmed)) {
                    continue;
                }
                int next = nextContent(i + 1);
                if (next < end && depth(next) > d && !OutlineText.isListIntro(trimmed)) {
                    headings++;
                }
            }
            return headings >= 2;
        }

        /**
         * True when the numbered leaves of the sibling group starting at {@code from} read as a list
         * of sentences (steps, facts) rather than as headings: then all of them are notes.
         */
        boolean proseGroup(int from, int depth) {
            for (int i = from; i < end; i++) {
                if (blank(i)) {
                    continue;
                }
                int d = depth(i);
                if (d < depth) {
                    return false;
                }
                if (d > depth) {
                    continue;
                }
                String trimmed = rest(i).strip();
                Matcher numbered = NUMBERED.matcher(trimmed);
                if (!numbered.matches() || OutlineText.looksLikeCode(trimmed)) {
                    continue;
                }
                int next = nextContent(i + 1);
                boolean leaf = next >= end || depth(next) <= d;
                if (leaf && OutlineText.isSentence(numbered.group(2))) {
                    return true;
                }
            }
            return false;
        }

        void note(Node parent, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (parent == root && root.notes.isEmpty()) {
                firstRootNoteLine = pos + 1;
            }
            parent.notes.add(text);
        }

        /** Reads a code block that starts at {@code pos}, at depth {@code d}. */
        void code(Node parent, int d) {
            int start = pos;
            int last = pos;
            pos++;
            while (pos < end) {
                if (blank(pos)) {
                    pos++;
                    continue;
                }
                int depth = depth(pos);
                String rest = rest(pos);
                boolean continuation = rest.startsWith(" ") && depth >= d - 1;
                boolean member = depth > d
                        || continuation
                        || (depth == d
                                && OutlineText.looksLikeCode(rest.strip())
                                && !NUMBERED.matcher(rest.strip()).matches());
                if (!member) {
                    break;
                }
                last = pos;
                pos++;
            }
            pos = last + 1;
            StringBuilder text = new StringBuilder();
            for (int i = start; i <= last; i++) {
                if (i > start) {
                    text.append('\n');
                }
                if (blank(i)) {
                    continue;
                }
                int depth = depth(i);
                text.append("    ".repeat(Math.max(0, depth - d)))
                        .append(OutlineText.decodeEntities(rest(i).stripTrailing()));
            }
            String body = text.toString();
            parent.code.add(new CodeBlock(OutlineText.language(body), body, start + 1));
        }

        Node numberedChild(Node parent, int number, String text, int line) {
            Node owner = parent;
            if (parent.numbered.containsKey(number) && !parent.children.isEmpty()) {
                Node previous = parent.children.get(parent.children.size() - 1);
                if (previous.lastNumber == number - 1 && !previous.numbered.containsKey(number)) {
                    warnings.add(source + ":" + line + ": number " + number + " repeats under "
                            + (parent == root ? "the root" : parent.title) + "; read as item " + number
                            + " of " + previous.title + ", whose list it continues");
                    owner = previous;
                }
            }
            String local = Integer.toString(number);
            String id = owner.childId(local);
            if (ids.contains(id)) {
                int k = 2;
                while (ids.contains(id + "~" + k)) {
                    k++;
                }
                warnings.add(source + ":" + line + ": number " + number + " repeats under " + owner.title
                        + "; its id is " + id + "~" + k);
                id = id + "~" + k;
            }
            Node child = create(owner, id, text, line);
            owner.numbered.putIfAbsent(number, child);
            owner.lastNumber = number;
            return child;
        }

        Node unnumberedChild(Node parent, String text, int line) {
            parent.unnumbered++;
            String id = parent.childId("u" + parent.unnumbered);
            return create(parent, id, text, line);
        }

        Node create(Node parent, String id, String rawText, int line) {
            String text = OutlineText.clean(rawText);
            Set<Tag> tags = EnumSet.noneOf(Tag.class);
            Matcher tag = OutlineText.TAG.matcher(text);
            while (tag.find()) {
                Tag.fromLabel(tag.group(1)).ifPresent(tags::add);
            }
            text = OutlineText.TAG.matcher(text).replaceAll("").strip();
            String[] split = OutlineText.splitTitle(text);
            List<String> path = new ArrayList<>(parent.path);
            path.add(split[0]);
            Node node = new Node(id, split[0], List.copyOf(path), tags, split[1], parent.id, line);
            parent.children.add(node);
            topics.add(node);
            ids.add(id);
            return node;
        }
    }
}
