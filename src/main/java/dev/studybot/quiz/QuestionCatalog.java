package dev.studybot.quiz;

import dev.studybot.content.ContentLocator;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The questions the bot asks: the curated bank of the default roadmap and the questions generated
 * from it, loaded on first use (start-up stays quick) and rebuilt when the roadmap or a bank file
 * changes. Generated questions always use {@link #GENERATION_SEED}, so a question posted before a
 * restart has the same options after it.
 */
public final class QuestionCatalog {
    /** The seed of the generated questions' distractors; fixed, as posted quizzes refer to them by id. */
    public static final long GENERATION_SEED = 1L;

    private final RoadmapLibrary library;
    private final Function<Roadmap, QuestionBank> loader;
    private final Object lock = new Object();
    private volatile QuestionBank bank;
    private volatile QuestionPool pool;
    /** The bank's question list the pool was built from: a new list means the bank was read again. */
    private volatile List<Question> poolSource;

    /** Reads the bank files the locator finds for the library's default roadmap. */
    public QuestionCatalog(ContentLocator locator, RoadmapLibrary library) {
        this(library, roadmap -> QuestionBank.load(locator, roadmap));
    }

    QuestionCatalog(RoadmapLibrary library, Function<Roadmap, QuestionBank> loader) {
        this.library = Objects.requireNonNull(library, "library");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The curated bank, loaded now if it was not yet. */
    public QuestionBank bank() {
        QuestionBank loaded = bank;
        if (loaded == null) {
            synchronized (lock) {
                if (bank == null) {
                    bank = loader.apply(library.defaultRoadmap());
                }
                loaded = bank;
            }
        }
        return loaded;
    }

    /** Every question of the default roadmap as it is now, curated and generated. */
    public QuestionPool pool() {
        QuestionBank current = bank();
        Roadmap roadmap = library.defaultRoadmap();
        QuestionPool known = pool;
        if (known != null && known.roadmap() == roadmap && poolSource == current.questions()) {
            return known;
        }
        synchronized (lock) {
            if (current.roadmap() != roadmap) {
                current.reload(roadmap);
            }
            List<Question> curated = current.questions();
            if (pool == null || pool.roadmap() != roadmap || poolSource != curated) {
                pool = QuestionPool.of(roadmap, curated, new QuestionGenerator(roadmap).generate(GENERATION_SEED));
                poolSource = curated;
            }
            return pool;
        }
    }

    /** For {@code RoadmapLibrary.onReload}: reads the bank again against the new roadmap. */
    public void reload(Roadmap roadmap) {
        synchronized (lock) {
            if (bank != null) {
                bank.reload(roadmap);
            }
            pool = null;
        }
    }

    /** For the periodic file check: reads the bank again if a file changed; true if it did. */
    public boolean refresh() {
        synchronized (lock) {
            if (bank == null || !bank.refresh()) {
                return false;
            }
            pool = null;
            return true;
        }
    }
}
