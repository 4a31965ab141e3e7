package dev.studybot.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One heading of a roadmap with what the outline says under it.
 *
 * @param id stable id: the numbering path ({@code 1.1.3.3}); unnumbered headings take {@code u<k>},
 *     the k-th unnumbered heading under the same parent ({@code 1.1.3.3.u1})
 * @param title the heading without its number, tags and description
 * @param path the titles from the root down to this topic, this one last
 * @param tags must-know or recommended, as the roadmap marks them
 * @param summary the description after {@code Title：}, or empty
 * @param notes the note lines attached to this topic, in order
 * @param code the code blocks attached to this topic, in order
 * @param images image references (site-relative paths), never raw HTML
 * @param errata corrections where the roadmap is wrong or dated, shown beside its text
 * @param parentId the parent topic's id, or {@code null} for a root
 * @param childIds the ids of the subtopics, in order
 * @param line the 1-based source line of the heading
 */
public record Topic(
        String id,
        String title,
        List<String> path,
        Set<Tag> tags,
        String summary,
        List<String> notes,
        List<CodeBlock> code,
        List<String> images,
        List<String> errata,
        String parentId,
        List<String> childIds,
        int line) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        path = List.copyOf(path);
        tags = Set.copyOf(tags);
        summary = summary == null ? "" : summary;
        notes = List.copyOf(notes);
        code = List.copyOf(code);
        images = List.copyOf(images);
        errata = List.copyOf(errata);
        childIds = List.copyOf(childIds);
    }

    /** The notes as one text, a line each. */
    public String body() {
        return String.join("\n", notes);
    }

    /** 0 for a root (a level such as 初级), 1 for a section, and so on. */
    public int depth() {
        return path.size() - 1;
    }

    public boolean isMustKnow() {
        return tags.contains(Tag.MUST_KNOW);
    }

    /** The path written as {@code 初级/计算机基础/操作系统}. */
    public String pathString() {
        return String.join("/", path);
    }

    /** True when the outline gives this topic anything to read: notes, code, a summary or images. */
    public boolean hasContent() {
        return !notes.isEmpty() || !code.isEmpty() || !summary.isEmpty() || !images.isEmpty();
    }

    /** This topic with corrections attached. */
    public Topic withErrata(List<String> corrections) {
        return new Topic(id, title, path, tags, summary, notes, code, images, corrections, parentId, childIds, line);
    }
}
