package dev.studybot.quiz;

import dev.studybot.content.ContentFile;
import dev.studybot.content.ContentLocator;
import dev.studybot.quiz.BankProblem.Rule;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The curated questions of one roadmap: every {@code quiz/*.yaml} file that names it. A file that
 * does not parse, a question with a schema problem, a repeated id and a topic the roadmap lacks are
 * reported ({@code file:line: problem}) and left out; everything else is served. Safe to share
 * between threads; {@link #reload} and {@link #refresh} swap in a new version atomically.
 */
public final class QuestionBank {
    /** The sub-folder of the roadmap folder that holds the bank files. */
    public static final String FOLDER = "quiz";

    private static final String SUFFIX = ".yaml";
    private static final Logger log = LoggerFactory.getLogger(QuestionBank.class);

    private final ContentLocator locator;
    private final Object lock = new Object();
    private volatile Snapshot snapshot;

    /**
     * A bank file that names a roadmap other than this bank's.
     *
     * @param file the file's location
     * @param line the line of its {@code roadmap:}
     * @param roadmapId the roadmap it names
     */
    public record OtherFile(String file, int line, String roadmapId) {}

    private record Snapshot(
            Roadmap roadmap,
            String fingerprint,
            List<String> files,
            List<OtherFile> otherFiles,
            List<Question> questions,
            Map<String, Question> byId,
            Map<String, List<Question>> byTopic,
            Map<String, List<Question>> byRoot,
            List<BankProblem> problems) {}

    private QuestionBank(ContentLocator locator) {
        this.locator = locator;
    }

    /** Loads the bank files the locator finds ({@code quiz/*.yaml}) for this roadmap. */
    public static QuestionBank load(ContentLocator locator, Roadmap roadmap) {
        QuestionBank bank = new QuestionBank(Objects.requireNonNull(locator, "locator"));
        bank.reload(Objects.requireNonNull(roadmap, "roadmap"));
        return bank;
    }

    /**
     * Reads the bank files again against this version of the roadmap; meant for {@code
     * RoadmapLibrary.onReload}, since an edited roadmap may add or drop the topics questions name.
     *
     * @return false, changing nothing, when {@code roadmap} is another roadmap than this bank's
     */
    public boolean reload(Roadmap roadmap) {
        synchronized (lock) {
            if (snapshot != null && !snapshot.roadmap().id().equals(roadmap.id())) {
                return false;
            }
            snapshot = read(roadmap);
            report(snapshot);
            return true;
        }
    }

    /**
     * Reads the files again when one was added, removed or edited since the last read.
     *
     * @return whether the bank was read again
     */
    public boolean refresh() {
        synchronized (lock) {
            if (fingerprint(listFiles()).equals(snapshot.fingerprint())) {
                return false;
            }
            snapshot = read(snapshot.roadmap());
            report(snapshot);
            return true;
        }
    }

    /** The roadmap version the bank was last checked against. */
    public Roadmap roadmap() {
        return snapshot.roadmap();
    }

    /** Every question served, in file order (files sorted by name). */
    public List<Question> questions() {
        return snapshot.questions();
    }

    public int size() {
        return snapshot.questions().size();
    }

    public Optional<Question> byId(String id) {
        return Optional.ofNullable(id == null ? null : snapshot.byId().get(id.strip()));
    }

    /** The questions that test exactly this topic. */
    public List<Question> byTopic(String topicId) {
        return snapshot.byTopic().getOrDefault(topicId, List.of());
    }

    /** The questions under a level (a root topic such as {@code 1}, 初级), wherever below it they sit. */
    public List<Question> byLevel(String levelId) {
        return snapshot.byRoot().getOrDefault(levelId, List.of());
    }

    /** The questions on this topic and every topic under it. */
    public List<Question> inSubtree(String topicId) {
        String prefix = topicId + ".";
        return snapshot.questions().stream()
                .filter(q -> q.topicId().equals(topicId) || q.topicId().startsWith(prefix))
                .toList();
    }

    /** What was wrong with the files on the last read; each problem's question or file is left out. */
    public List<BankProblem> problems() {
        return snapshot.problems();
    }

    /** The locations of the files that hold this roadmap's questions (readable ones), sorted by name. */
    public List<String> files() {
        return snapshot.files();
    }

    /** Bank files that name another roadmap; they are not part of this bank. */
    public List<OtherFile> otherFiles() {
        return snapshot.otherFiles();
    }

    private List<ContentFile> listFiles() {
        return locator.list(FOLDER, name -> name.endsWith(SUFFIX));
    }

    private Snapshot read(Roadmap roadmap) {
        List<ContentFile> listed = listFiles();
        List<String> files = new ArrayList<>();
        List<OtherFile> others = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Map<String, Question> byId = new LinkedHashMap<>();
        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        Map<String, List<Question>> byRoot = new LinkedHashMap<>();
        List<BankProblem> problems = new ArrayList<>();
        for (ContentFile file : listed) {
            BankFileReader.Result result;
            try {
                result = BankFileReader.read(file.location(), file.read());
            } catch (IOException e) {
                problems.add(new BankProblem(file.location(), 0, Rule.FILE, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (!result.readable()) {
                problems.addAll(result.problems());
                continue;
            }
            if (!result.roadmapId().equals(roadmap.id())) {
                others.add(new OtherFile(file.location(), result.roadmapLine(), result.roadmapId()));
                continue;
            }
            files.add(file.location());
            List<BankProblem> fileProblems = new ArrayList<>(result.problems());
            for (BankFileReader.Entry entry : result.entries()) {
                Question question = entry.question();
                Question earlier = byId.get(question.id());
                if (earlier != null) {
                    fileProblems.add(new BankProblem(
                            question.origin().file(),
                            question.origin().line(),
                            Rule.DUPLICATE_ID,
                            "question id " + question.id() + " is already used at " + earlier.origin()
                                    + "; give each question its own id"));
                    continue;
                }
                Optional<Topic> topic = roadmap.byId(question.topicId());
                if (topic.isEmpty()) {
                    fileProblems.add(new BankProblem(
                            question.origin().file(),
                            entry.topicLine(),
                            Rule.UNKNOWN_TOPIC,
                            "question " + question.id() + " tests topic \"" + question.topicId() + "\", which "
                                    + roadmap.id()
                                    + " does not have; look its id up with: studybot search \"<words>\""));
                    continue;
                }
                byId.put(question.id(), question);
                questions.add(question);
                byTopic.computeIfAbsent(question.topicId(), k -> new ArrayList<>())
                        .add(question);
                byRoot.computeIfAbsent(roadmap.root(topic.get()).id(), k -> new ArrayList<>())
                        .add(question);
            }
            fileProblems.sort(Comparator.comparingInt(BankProblem::line));
            problems.addAll(fileProblems);
        }
        return new Snapshot(
                roadmap,
                fingerprint(listed),
                List.copyOf(files),
                List.copyOf(others),
                List.copyOf(questions),
                Collections.unmodifiableMap(byId),
                freeze(byTopic),
                freeze(byRoot),
                List.copyOf(problems));
    }

    private static Map<String, List<Question>> freeze(Map<String, List<Question>> map) {
        Map<String, List<Question>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static void report(Snapshot snapshot) {
        log.info(
                "question bank of {}: {} questions from {} files",
                snapshot.roadmap().id(),
                snapshot.questions().size(),
                snapshot.files().size());
        for (BankProblem problem : snapshot.problems()) {
            log.warn("question bank: {} (left out)", problem);
        }
    }

    private static String fingerprint(List<ContentFile> files) {
        StringBuilder print = new StringBuilder();
        for (ContentFile file : files) {
            String stamp;
            try {
                stamp = file.fingerprint();
            } catch (RuntimeException e) {
                stamp = "unreadable";
            }
            print.append(file.location()).append('@').append(stamp).append('\n');
        }
        return print.toString();
    }
}
