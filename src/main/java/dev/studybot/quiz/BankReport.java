package dev.studybot.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the validator found: how many curated questions sit where, and every error.
 *
 * @param roadmapId the roadmap the bank belongs to
 * @param questions how many curated questions are served (those without errors that leave them out)
 * @param files the bank files read, sorted by name
 * @param byLevel questions per level title (初级, 高级, 资深, 专家), every level listed
 * @param bySection questions per section, keyed by path ({@code 初级/计算机基础}): every section of
 *     every level, then roots outside the levels ({@code go可以做的事情}) that have questions
 * @param mustKnowSections questions per must-know section with real content, keyed by path
 * @param errors every error, {@code file:line: what is wrong}: problems with files and questions
 *     first, in file order, then the spread rules
 */
public record BankReport(
        String roadmapId,
        int questions,
        List<String> files,
        Map<String, Integer> byLevel,
        Map<String, Integer> bySection,
        Map<String, Integer> mustKnowSections,
        List<BankProblem> errors) {

    public BankReport {
        Objects.requireNonNull(roadmapId, "roadmapId");
        files = List.copyOf(files);
        byLevel = Collections.unmodifiableMap(new LinkedHashMap<>(byLevel));
        bySection = Collections.unmodifiableMap(new LinkedHashMap<>(bySection));
        mustKnowSections = Collections.unmodifiableMap(new LinkedHashMap<>(mustKnowSections));
        errors = List.copyOf(errors);
    }

    /** True when the bank has no error at all. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** The errors as {@code file:line: what is wrong} lines. */
    public List<String> errorLines() {
        return errors.stream().map(BankProblem::toString).toList();
    }
}
