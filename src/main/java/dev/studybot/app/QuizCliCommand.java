package dev.studybot.app;

import ch.qos.logback.classic.Level;
import dev.studybot.quiz.BankReport;
import dev.studybot.quiz.BankValidator;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionBank;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.QuestionSampler;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz validate [--json]} and {@code quiz sample [--json] --count N --seed S}: the question bank. */
@Command(
        name = "quiz",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "The question bank: check it, or print sample questions.",
        subcommands = {QuizCliCommand.Validate.class, QuizCliCommand.Sample.class})
final class QuizCliCommand {
    private QuizCliCommand() {}

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Check the curated question bank (quiz/*.yaml in the roadmap folder): fields and their types,"
                        + " unique ids, topics that exist, four distinct options, answer A-D, difficulty 1-3,"
                        + " kind, and the spread rules (10 per level, 3 per must-know section, 8 per topic).",
                "Prints the counts per level and per section and every error as file:line: what is wrong;"
                        + " exits 1 when there is an error, 0 when there is none."
            })
    static final class Validate implements Callable<Integer> {
        @Option(
                names = "--json",
                description = "Print JSON: questions (the curated count), bySection (per level), bySubsection"
                        + " (per section path), errors (file:line: what is wrong), and roadmap, files,"
                        + " mustKnowSections.")
        boolean json;

        @Option(names = "--roadmap", description = "The roadmap whose bank to check (default: roadmap.default).")
        String roadmapId;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            // the bank logs each problem as it loads; here the report says it once
            Main.quietLogs(Level.ERROR);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Content content = Content.load();
            Roadmap roadmap = content.roadmap(roadmapId);
            QuestionBank bank = QuestionBank.load(content.locator(), roadmap);
            List<String> roadmapIds =
                    content.library().all().stream().map(Roadmap::id).sorted().toList();
            BankReport report = new BankValidator().validate(bank, roadmapIds);
            if (json) {
                out.println(Content.JSON.writeValueAsString(toJson(report)));
            } else {
                printText(out, roadmap, report);
            }
            out.flush();
            if (!report.ok()) {
                int n = report.errors().size();
                err.println("The question bank of " + roadmap.id() + " has " + n + (n == 1 ? " error" : " errors")
                        + "; fix each file:line above and run quiz validate again.");
                return 1;
            }
            return 0;
        }
    }

    static Map<String, Object> toJson(BankReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("questions", report.questions());
        json.put("bySection", report.byLevel());
        json.put("bySubsection", report.bySection());
        json.put("errors", report.errorLines());
        json.put("roadmap", report.roadmapId());
        json.put("files", report.files());
        json.put("mustKnowSections", report.mustKnowSections());
        return json;
    }

    private static void printText(PrintWriter out, Roadmap roadmap, BankReport report) {
        int files = report.files().size();
        out.println("Question bank of " + roadmap.id() + ": " + report.questions() + " curated questions in " + files
                + (files == 1 ? " file" : " files"));
        report.files().forEach(f -> out.println("  " + f));
        out.println();
        out.println("Questions per level and section:");
        for (Topic level : roadmap.levels()) {
            out.println("  " + level.title() + "  " + report.byLevel().get(level.title()));
            for (Topic section : roadmap.children(level)) {
                out.println("    " + section.title() + "  " + report.bySection().get(section.pathString()));
            }
        }
        for (Topic root : roadmap.roots()) {
            Integer count = report.bySection().get(root.pathString());
            if (!roadmap.levels().contains(root) && count != null) {
                out.println("  " + root.title() + "  " + count);
            }
        }
        long covered = report.mustKnowSections().values().stream()
                .filter(n -> n >= BankValidator.Limits.README.minPerSection())
                .count();
        out.println();
        out.println("Must-know sections with at least " + BankValidator.Limits.README.minPerSection() + " questions: "
                + covered + " of " + report.mustKnowSections().size());
        out.println();
        if (report.ok()) {
            out.println("No errors.");
        } else {
            int n = report.errors().size();
            out.println(n + (n == 1 ? " error:" : " errors:"));
            report.errorLines().forEach(out::println);
        }
    }

    @Command(
            name = "sample",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Print N distinct questions, curated and generated mixed (taken in turn from each pool, both"
                        + " shuffled by the seed). The same seed prints the same questions."
            })
    static final class Sample implements Callable<Integer> {
        @Option(
                names = "--json",
                description = "Print a JSON array; each question has id, topic (the id of the topic it tests),"
                        + " stem, options (four texts), answer (the right option's letter, A to D), explanation,"
                        + " source (curated or generated), kind, difficulty, and code when it has code.")
        boolean json;

        @Option(
                names = "--count",
                defaultValue = "5",
                description = "How many questions, at least 1 (default ${DEFAULT-VALUE}).")
        int count;

        @Option(
                names = "--seed",
                description = "The seed of the sample and of the generated questions (default: random).")
        Long seed;

        @Option(names = "--roadmap", description = "The roadmap to sample (default: roadmap.default).")
        String roadmapId;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Main.quietLogs(Level.ERROR);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (count < 1) {
                err.println("--count is " + count + ", but it must be at least 1.");
                return 2;
            }
            Content content = Content.load();
            Roadmap roadmap = content.roadmap(roadmapId);
            long s = seed != null ? seed : System.nanoTime();
            List<Question> curated =
                    QuestionBank.load(content.locator(), roadmap).questions();
            List<Question> generated = new QuestionGenerator(roadmap).generate(s);
            int available = curated.size() + generated.size();
            if (count > available) {
                err.println("--count is " + count + ", but " + roadmap.id() + " has only " + available
                        + " questions (" + curated.size() + " curated, " + generated.size()
                        + " generated); ask for " + available + " or fewer.");
                return 2;
            }
            List<Question> sample = QuestionSampler.sample(curated, generated, count, s);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                sample.forEach(q -> rows.add(toJson(q)));
                out.println(Content.JSON.writeValueAsString(rows));
            } else {
                out.println("seed " + s);
                int n = 0;
                for (Question q : sample) {
                    out.println();
                    printText(out, roadmap, q, ++n);
                }
            }
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> toJson(Question q) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", q.id());
        row.put("topic", q.topicId());
        row.put("stem", q.stem());
        if (q.hasCode()) {
            row.put("code", q.code());
        }
        row.put("options", q.options());
        row.put("answer", q.answerLetter());
        row.put("explanation", q.explanation());
        row.put("source", q.source().label());
        row.put("kind", q.kind().label());
        row.put("difficulty", q.difficulty());
        return row;
    }

    private static void printText(PrintWriter out, Roadmap roadmap, Question q, int n) {
        String path = roadmap.byId(q.topicId()).map(Topic::pathString).orElse("");
        out.println(n + ". [" + q.source().label() + "] " + q.id() + "  (" + q.topicId() + " " + path + "; "
                + q.kind().label() + ", difficulty " + q.difficulty() + ")");
        out.println(q.stem());
        if (q.hasCode()) {
            q.code().lines().forEach(line -> out.println("    " + line));
        }
        for (int i = 0; i < q.options().size(); i++) {
            out.println("  " + Question.letter(i) + ". " + q.options().get(i));
        }
        out.println("  answer: " + q.answerLetter());
        out.println("  " + q.explanation());
    }
}
