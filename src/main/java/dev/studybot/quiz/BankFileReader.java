package dev.studybot.quiz;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.studybot.quiz.BankProblem.Rule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one bank file (the format of roadmap/quiz/README.md) with Jackson's streaming YAML parser,
 * so every question and every field keeps its line for messages. A question with a schema problem is
 * reported and left out; a file that is not YAML, or not a bank file, is reported and left out whole.
 */
final class BankFileReader {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final String GENERATED_PREFIX = "gen-";
    private static final List<String> FIELDS =
            List.of("id", "topic", "difficulty", "kind", "stem", "code", "options", "answer", "explanation", "en");
    private static final List<String> REQUIRED =
            List.of("id", "topic", "difficulty", "kind", "stem", "options", "answer", "explanation");
    private static final List<String> ENGLISH_FIELDS = List.of("stem", "options", "explanation");
    // the bot shuffles options, so "选项 B" in an explanation would point at the wrong one
    private static final Pattern LETTER_REFERENCE =
            Pattern.compile("(?:选项|[Oo]ption)\\s*[A-D](?![A-Za-z0-9])|(?<![A-Za-z0-9+])[A-D]\\s*选项");
    private static final YAMLFactory YAML = new YAMLFactory();

    /**
     * What one file holds.
     *
     * @param file the file's location, as messages name it
     * @param roadmapId the roadmap the file names, or empty when the file could not be read that far
     * @param roadmapLine the line of {@code roadmap:}
     * @param entries the questions without schema problems, in file order
     * @param problems what is wrong, in file order
     * @param readable false when the whole file is left out
     */
    record Result(
            String file,
            String roadmapId,
            int roadmapLine,
            List<Entry> entries,
            List<BankProblem> problems,
            boolean readable) {}

    /** A question that passed the schema, with the line of its {@code topic:} for later messages. */
    record Entry(Question question, int topicLine) {}

    private BankFileReader() {}

    static Result read(String file, byte[] content) {
        String text;
        try {
            text = decode(content);
        } catch (CharacterCodingException e) {
            return unreadable(file, lineOfBadByte(content), "is not UTF-8 text; save the file as UTF-8");
        }
        LinedYaml.Node root;
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return unreadable(file, 1, "is empty; a bank file starts with 'roadmap:' and 'questions:'");
            }
            root = LinedYaml.read(parser);
        } catch (JacksonException e) {
            return notYaml(file, e);
        } catch (IOException e) {
            return unreadable(file, 0, "cannot be read: " + e.getMessage());
        }
        if (!(root instanceof LinedYaml.MapNode top)) {
            return unreadable(
                    file, root.line(), "is not a bank file; it must be a mapping with 'roadmap:' and 'questions:'");
        }
        return new FileRun(file, top).run();
    }

    private static Result unreadable(String file, int line, String problem) {
        return new Result(file, "", 0, List.of(), List.of(new BankProblem(file, line, Rule.FILE, problem)), false);
    }

    private static Result notYaml(String file, JacksonException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof MarkedYAMLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? "unexpected text" : marked.getProblem();
            int line = marked.getProblemMark().getLine() + 1;
            if (problem.contains("\\t(TAB)")) {
                return unreadable(file, line, "is not valid YAML: a tab indents this line; indent with spaces only");
            }
            return unreadable(
                    file,
                    line,
                    "is not valid YAML (" + problem.strip().replaceAll("\\.$", "")
                            + "); check the indentation and quoting here and on the lines above");
        }
        JsonLocation at = e.getLocation();
        return unreadable(
                file,
                at == null ? 0 : Math.max(0, at.getLineNr()),
                "is not valid YAML (" + e.getOriginalMessage() + ")");
    }

    private static String decode(byte[] content) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content));
        String text = chars.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static int lineOfBadByte(byte[] content) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        decoder.decode(in, CharBuffer.allocate(content.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One pass over one file's top-level mapping. */
    private static final class FileRun {
        final String file;
        final LinedYaml.MapNode top;
        final List<BankProblem> problems = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();

        FileRun(String file, LinedYaml.MapNode top) {
            this.file = file;
            this.top = top;
        }

        Result run() {
            LinedYaml.Field roadmap = top.fields().get("roadmap");
            if (roadmap == null
                    || !(roadmap.value() instanceof LinedYaml.Scalar name)
                    || name.blank()
                    || name.text().isBlank()) {
                return unreadable(
                        file,
                        roadmap == null ? top.line() : roadmap.line(),
                        "has no 'roadmap:' naming the roadmap its questions belong to (e.g. roadmap: go-roadmap)");
            }
            String roadmapId = name.text().strip();
            for (LinedYaml.Field duplicate : top.duplicates()) {
                problem(duplicate.line(), "'" + duplicate.name() + ":' appears twice at the top of the file");
            }
            for (LinedYaml.Field field : top.fields().values()) {
                if (!field.name().equals("roadmap") && !field.name().equals("questions")) {
                    problem(
                            field.line(),
                            "unknown top-level key '" + field.name() + "'; a bank file has only 'roadmap:' and"
                                    + " 'questions:'");
                }
            }
            LinedYaml.Field questions = top.fields().get("questions");
            if (questions == null) {
                return unreadable(file, top.line(), "has no 'questions:' list");
            }
            if (questions.value() instanceof LinedYaml.ListNode list) {
                for (LinedYaml.Node item : list.items()) {
                    if (item instanceof LinedYaml.MapNode question) {
                        question(roadmapId, question);
                    } else {
                        problem(item.line(), "this entry of 'questions:' is not a question (id:, topic:, ...)");
                    }
                }
            } else if (!(questions.value() instanceof LinedYaml.Scalar empty && empty.text() == null)) {
                return unreadable(file, questions.line(), "'questions:' must be a list of questions");
            }
            problems.sort(Comparator.comparingInt(BankProblem::line));
            return new Result(file, roadmapId, roadmap.line(), List.copyOf(entries), List.copyOf(problems), true);
        }

        void problem(int line, String message) {
            problems.add(new BankProblem(file, line, Rule.SCHEMA, message));
        }

        void question(String roadmapId, LinedYaml.MapNode node) {
            int before = problems.size();
            Map<String, LinedYaml.Field> fields = node.fields();
            String id = text(fields.get("id")).map(String::strip).orElse("");
            String who = id.isEmpty() ? "the question" : "question " + id;
            for (LinedYaml.Field field : fields.values()) {
                if (!FIELDS.contains(field.name())) {
                    problem(
                            field.line(),
                            who + " has an unknown field '" + field.name() + "'; the fields are "
                                    + String.join(", ", FIELDS));
                }
            }
            for (LinedYaml.Field duplicate : node.duplicates()) {
                problem(duplicate.line(), who + " has '" + duplicate.name() + ":' twice; keep one");
            }
            for (String required : REQUIRED) {
                LinedYaml.Field field = fields.get(required);
                if (field == null || field.value() instanceof LinedYaml.Scalar s && s.blank()) {
                    problem(
                            field == null ? node.line() : field.line(),
                            who + " has no '" + required + "'" + (field == null ? "" : " value") + "; every question"
                                    + " needs " + String.join(", ", REQUIRED));
                }
            }
            if (!id.isEmpty()) {
                LinedYaml.Field field = fields.get("id");
                if (!ID.matcher(id).matches()) {
                    problem(
                            field.line(),
                            "id '" + id + "' may use only lowercase letters, digits and single dashes"
                                    + " (e.g. os-epoll-ready-list)");
                } else if (id.startsWith(GENERATED_PREFIX)) {
                    problem(field.line(), "id '" + id + "' starts with 'gen-', which is kept for generated questions");
                }
            }
            String topic = scalar(who, fields.get("topic")).map(String::strip).orElse("");
            int difficulty = difficulty(who, fields.get("difficulty"));
            Question.Kind kind = kind(who, fields.get("kind"));
            String stem = scalar(who, fields.get("stem")).orElse("");
            String code = scalar(who, fields.get("code")).orElse("");
            List<String> options = options(who, fields.get("options"), "");
            int answer = answer(who, fields.get("answer"));
            String explanation = scalar(who, fields.get("explanation")).orElse("");
            LinedYaml.Field explanationField = fields.get("explanation");
            if (explanationField != null
                    && LETTER_REFERENCE.matcher(explanation).find()) {
                problem(
                        explanationField.line(),
                        who + ": the explanation names an option by its letter; name it by its content, since"
                                + " the bot may shuffle the options");
            }
            Optional<Question.Translation> english = english(who, fields.get("en"));
            if (problems.size() > before) {
                return;
            }
            Question question = new Question(
                    id,
                    roadmapId,
                    topic,
                    stem.strip(),
                    code.stripTrailing(),
                    options,
                    answer,
                    explanation.strip(),
                    difficulty,
                    kind,
                    Question.Source.CURATED,
                    english,
                    new Question.Origin(file, node.line()));
            entries.add(new Entry(question, fields.get("topic").line()));
        }

        /** The text of a scalar field, if present and not empty. */
        Optional<String> text(LinedYaml.Field field) {
            return field != null && field.value() instanceof LinedYaml.Scalar s && !s.blank()
                    ? Optional.of(s.text())
                    : Optional.empty();
        }

        /** Like {@link #text} but reports a list or mapping where text belongs. */
        Optional<String> scalar(String who, LinedYaml.Field field) {
            if (field != null && !(field.value() instanceof LinedYaml.Scalar)) {
                problem(
                        field.line(),
                        who + ": '" + field.name() + "' must be text, not "
                                + field.value().describe());
                return Optional.empty();
            }
            return text(field);
        }

        int difficulty(String who, LinedYaml.Field field) {
            Optional<String> text = scalar(who, field);
            if (text.isEmpty()) {
                return 1;
            }
            String value = text.get().strip();
            if (!value.matches("[123]")) {
                problem(field.line(), who + ": difficulty is " + value + "; it must be 1 (easy), 2 or 3 (hard)");
                return 1;
            }
            return Integer.parseInt(value);
        }

        Question.Kind kind(String who, LinedYaml.Field field) {
            Optional<String> text = scalar(who, field);
            if (text.isEmpty()) {
                return Question.Kind.RECALL;
            }
            Optional<Question.Kind> kind = Question.Kind.fromLabel(text.get().strip());
            if (kind.isEmpty()) {
                problem(
                        field.line(),
                        who + ": kind is '" + text.get().strip() + "'; it must be recall, output, design or bug");
                return Question.Kind.RECALL;
            }
            return kind.get();
        }

        int answer(String who, LinedYaml.Field field) {
            Optional<String> text = scalar(who, field);
            if (text.isEmpty()) {
                return 0;
            }
            String value = text.get().strip();
            if (!value.matches("[ABCD]")) {
                problem(
                        field.line(),
                        who + ": answer is '" + value + "'; it must be the right option's letter: A, B, C or D");
                return 0;
            }
            return value.charAt(0) - 'A';
        }

        /** Exactly four non-empty, different options; an empty list when they are wrong. */
        List<String> options(String who, LinedYaml.Field field, String language) {
            if (field == null) {
                return List.of();
            }
            String what = language + "options";
            if (!(field.value() instanceof LinedYaml.ListNode list)) {
                if (!(field.value() instanceof LinedYaml.Scalar s && s.blank())) {
                    problem(field.line(), who + ": " + what + " must be a list of four options");
                }
                return List.of();
            }
            if (list.items().size() != Question.OPTIONS) {
                problem(field.line(), who + " has " + list.items().size() + " " + what + "; it needs exactly four");
                return List.of();
            }
            List<String> options = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < list.items().size(); i++) {
                LinedYaml.Node item = list.items().get(i);
                if (!(item instanceof LinedYaml.Scalar s) || s.blank()) {
                    problem(
                            item.line(),
                            who + ": " + what.replace("options", "option") + " " + Question.letter(i)
                                    + " is " + (item instanceof LinedYaml.Scalar ? "empty" : item.describe())
                                    + "; every option must be text");
                    ok = false;
                    continue;
                }
                String option = s.text().strip();
                int same = options.indexOf(option);
                if (same >= 0) {
                    problem(
                            item.line(),
                            who + ": " + what.replace("options", "option") + " " + Question.letter(i) + " repeats "
                                    + Question.letter(same) + " ('" + abbreviate(option)
                                    + "'); the four options must all differ");
                    ok = false;
                }
                options.add(option);
            }
            return ok ? List.copyOf(options) : List.of();
        }

        Optional<Question.Translation> english(String who, LinedYaml.Field field) {
            if (field == null || field.value() instanceof LinedYaml.Scalar s && s.blank()) {
                return Optional.empty();
            }
            if (!(field.value() instanceof LinedYaml.MapNode en)) {
                problem(field.line(), who + ": 'en' must be a mapping with stem, options and explanation");
                return Optional.empty();
            }
            int before = problems.size();
            for (LinedYaml.Field inner : en.fields().values()) {
                if (!ENGLISH_FIELDS.contains(inner.name())) {
                    problem(
                            inner.line(),
                            who + ": 'en' has an unknown field '" + inner.name() + "'; its fields are "
                                    + String.join(", ", ENGLISH_FIELDS));
                }
            }
            for (String required : List.of("stem", "explanation")) {
                if (text(en.fields().get(required)).isEmpty()) {
                    problem(field.line(), who + ": 'en' has no '" + required + "'");
                }
            }
            String stem = scalar(who, en.fields().get("stem")).orElse("");
            String explanation = scalar(who, en.fields().get("explanation")).orElse("");
            List<String> options = options(who, en.fields().get("options"), "English ");
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Question.Translation(stem.strip(), options, explanation.strip()));
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
}
