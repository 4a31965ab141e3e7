package dev.studybot.quiz;

import java.util.Objects;

/**
 * One thing wrong with the question bank, written {@code file:line: what is wrong}.
 *
 * @param file the bank file (or, for a spread rule, the roadmap file) as a location for messages
 * @param line the 1-based line, or 0 when the problem is the file as a whole
 * @param rule which rule was broken
 * @param message one sentence saying what is wrong and what to do
 */
public record BankProblem(String file, int line, Rule rule, String message) {
    public BankProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The rules of roadmap/quiz/README.md, grouped as the validator reports them. */
    public enum Rule {
        /** The file cannot be read as a bank file at all; it is left out. */
        FILE,
        /** A field is missing, has the wrong type or a value out of range; the question is left out. */
        SCHEMA,
        /** An id is used twice; the later question is left out. */
        DUPLICATE_ID,
        /** A question names a topic the roadmap does not have; it is left out. */
        UNKNOWN_TOPIC,
        /** Too few questions on a level or a must-know section, or too many on one topic. */
        SPREAD
    }

    /** True for problems with a question or file, as opposed to how questions spread over the roadmap. */
    public boolean aboutQuestions() {
        return rule != Rule.SPREAD;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
