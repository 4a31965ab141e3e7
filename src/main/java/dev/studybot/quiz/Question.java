package dev.studybot.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One multiple-choice question with four options, curated in a bank file or generated from the
 * roadmap's structure.
 *
 * @param id unique in the bank; generated ids start with {@code gen-} and never change between runs
 * @param roadmapId the roadmap the question belongs to ({@code go-roadmap})
 * @param topicId the id of the topic the question tests
 * @param stem the question text
 * @param code Go code shown under the stem, or empty
 * @param options exactly four different options, in the bank's order
 * @param answer the index (0 to 3) of the right option
 * @param explanation why the right option is right and the others are not
 * @param difficulty 1 easy, 2 medium, 3 hard
 * @param kind what the question asks for
 * @param source curated in a bank file or generated from the roadmap
 * @param english the English version, if the bank gives one
 * @param origin where the question was written, for messages
 */
public record Question(
        String id,
        String roadmapId,
        String topicId,
        String stem,
        String code,
        List<String> options,
        int answer,
        String explanation,
        int difficulty,
        Kind kind,
        Source source,
        Optional<Translation> english,
        Origin origin) {

    /** The number of options every question has. */
    public static final int OPTIONS = 4;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(stem, "stem");
        code = code == null ? "" : code;
        options = List.copyOf(options);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        english = english == null ? Optional.empty() : english;
        Objects.requireNonNull(origin, "origin");
        checkOptions(options, "options");
        if (answer < 0 || answer >= OPTIONS) {
            throw new IllegalArgumentException("answer must be an option index from 0 to 3, not " + answer);
        }
        if (difficulty < 1 || difficulty > 3) {
            throw new IllegalArgumentException("difficulty must be from 1 to 3, not " + difficulty);
        }
    }

    private static void checkOptions(List<String> options, String what) {
        if (options.size() != OPTIONS) {
            throw new IllegalArgumentException(what + " must hold exactly four options, not " + options.size());
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!seen.add(option.strip())) {
                throw new IllegalArgumentException(what + " must all differ; '" + option + "' appears twice");
            }
        }
    }

    /** The right option's letter, {@code A} to {@code D}. */
    public String answerLetter() {
        return letter(answer);
    }

    /** The right option's text. */
    public String answerText() {
        return options.get(answer);
    }

    public boolean hasCode() {
        return !code.isBlank();
    }

    /** The letter of an option index: 0 is {@code A}. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** What a question asks for. */
    public enum Kind {
        /** Remember or understand a fact. */
        RECALL,
        /** What does this snippet print. */
        OUTPUT,
        /** Which design fits this case. */
        DESIGN,
        /** What goes wrong here. */
        BUG;

        /** The name the bank files use: {@code recall}, {@code output}, {@code design}, {@code bug}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind a bank file names, or empty. */
        public static Optional<Kind> fromLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** Where a question comes from. */
    public enum Source {
        CURATED,
        GENERATED;

        /** {@code curated} or {@code generated}, as the CLI prints it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The English version of a question.
     *
     * @param stem the question text
     * @param options the four options in the same order, or empty when they need no translation
     *     (code, numbers, names)
     * @param explanation the explanation
     */
    public record Translation(String stem, List<String> options, String explanation) {
        public Translation {
            Objects.requireNonNull(stem, "stem");
            options = List.copyOf(options);
            Objects.requireNonNull(explanation, "explanation");
            if (!options.isEmpty()) {
                checkOptions(options, "English options");
            }
        }
    }

    /**
     * Where a question was written: a bank file and the line its entry starts on, or for a generated
     * question the roadmap file and the line of the topic it tests.
     */
    public record Origin(String file, int line) {
        public Origin {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }
}
