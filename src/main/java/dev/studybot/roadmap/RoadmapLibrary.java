package dev.studybot.roadmap;

import dev.studybot.content.ContentFile;
import dev.studybot.content.ContentLocator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every roadmap the bot serves, loaded at start and reloaded when a file changes. A file that no
 * longer parses keeps its previous version in service and its problem is reported, so a typo in an
 * edit never takes a roadmap away from the teams.
 */
public final class RoadmapLibrary {
    private static final Logger log = LoggerFactory.getLogger(RoadmapLibrary.class);
    private static final String OUTLINE = ".txt";
    private static final String ERRATA = ".errata.yaml";

    private final ContentLocator locator;
    private final String defaultId;
    private final OutlineParser parser = new OutlineParser();
    private final List<Consumer<Roadmap>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile Map<String, Roadmap> roadmaps = Map.of();
    private volatile Map<String, String> problems = Map.of();
    private Map<String, String> fingerprints = Map.of();

    private RoadmapLibrary(ContentLocator locator, String defaultId) {
        this.locator = locator;
        this.defaultId = defaultId;
    }

    /**
     * Loads every roadmap the locator finds.
     *
     * @throws IllegalStateException when the default roadmap is missing or cannot be read: the bot
     *     has nothing to serve without it
     */
    public static RoadmapLibrary load(ContentLocator locator, String defaultId) {
        RoadmapLibrary library = new RoadmapLibrary(locator, defaultId);
        library.refresh();
        if (!library.roadmaps.containsKey(defaultId)) {
            String why = library.problems.get(defaultId);
            throw new IllegalStateException(
                    why != null
                            ? "The roadmap " + defaultId + " cannot be read: " + why
                            : "No roadmap named " + defaultId + " was found; put " + defaultId
                                    + ".txt in the roadmap folder or set roadmap.default to one of "
                                    + library.roadmaps.keySet());
        }
        return library;
    }

    /** Called with each roadmap that was loaded anew (also on the first load). */
    public void onReload(Consumer<Roadmap> listener) {
        listeners.add(listener);
    }

    public Roadmap defaultRoadmap() {
        return roadmaps.get(defaultId);
    }

    public Optional<Roadmap> get(String id) {
        return Optional.ofNullable(roadmaps.get(id));
    }

    public Collection<Roadmap> all() {
        return roadmaps.values();
    }

    /** Files that could not be read on the last check, with the reason (file:line: problem). */
    public Map<String, String> problems() {
        return problems;
    }

    /**
     * Looks at the files again and reloads those that changed.
     *
     * @return the ids of the roadmaps reloaded
     */
    public List<String> refresh() {
        synchronized (lock) {
            Map<String, ContentFile> outlines = new LinkedHashMap<>();
            Map<String, ContentFile> errata = new LinkedHashMap<>();
            for (ContentFile file : locator.list("", name -> name.endsWith(OUTLINE) || name.endsWith(ERRATA))) {
                if (file.name().endsWith(ERRATA)) {
                    errata.put(strip(file.name(), ERRATA), file);
                } else {
                    outlines.put(strip(file.name(), OUTLINE), file);
                }
            }
            Map<String, String> prints = new LinkedHashMap<>();
            Map<String, Roadmap> next = new LinkedHashMap<>();
            Map<String, String> nextProblems = new LinkedHashMap<>();
            List<Roadmap> reloaded = new ArrayList<>();
            for (Map.Entry<String, ContentFile> entry : outlines.entrySet()) {
                String id = entry.getKey();
                ContentFile outline = entry.getValue();
                ContentFile corrections = sameSource(outline, errata.get(id));
                String print = outline.location() + "@" + fingerprint(outline)
                        + (corrections == null ? "" : "+" + corrections.location() + "@" + fingerprint(corrections));
                prints.put(id, print);
                Roadmap previous = roadmaps.get(id);
                if (previous != null && print.equals(fingerprints.get(id))) {
                    next.put(id, previous);
                    continue;
                }
                try {
                    Roadmap roadmap = parser.parse(id, outline.location(), outline.read());
                    if (corrections != null) {
                        roadmap = roadmap.withErrata(checkedErrata(roadmap, corrections));
                    }
                    roadmap.warnings().forEach(w -> log.info("roadmap {}: {}", id, w));
                    next.put(id, roadmap);
                    reloaded.add(roadmap);
                } catch (RoadmapFormatException | IOException | RuntimeException e) {
                    String why = e instanceof RoadmapFormatException ? e.getMessage() : outline.location() + ": " + e;
                    nextProblems.put(id, why);
                    if (previous != null) {
                        log.warn("roadmap {} was not reloaded, the previous version stays in service: {}", id, why);
                        next.put(id, previous);
                        // keep the old fingerprint so a later fix is noticed
                        prints.put(id, fingerprints.get(id));
                    } else {
                        log.error("roadmap {} cannot be read: {}", id, why);
                    }
                }
            }
            roadmaps = Map.copyOf(next);
            problems = Map.copyOf(nextProblems);
            fingerprints = prints;
            for (Roadmap roadmap : reloaded) {
                for (Consumer<Roadmap> listener : listeners) {
                    listener.accept(roadmap);
                }
            }
            return reloaded.stream().map(Roadmap::id).toList();
        }
    }

    /**
     * Corrections belong to the outline they were written against: a local outline does not take the
     * bundled errata (its topics may differ), nor the other way round.
     */
    private static ContentFile sameSource(ContentFile outline, ContentFile corrections) {
        if (corrections == null || outline.bundled() != corrections.bundled()) {
            return null;
        }
        if (outline.bundled()) {
            return corrections;
        }
        return java.util.Objects.equals(
                        outline.path().getParent(), corrections.path().getParent())
                ? corrections
                : null;
    }

    /** The corrections whose topic the roadmap has; the others are logged and left out. */
    private static Map<String, List<String>> checkedErrata(Roadmap roadmap, ContentFile file)
            throws IOException, RoadmapFormatException {
        Map<String, List<String>> errata =
                new java.util.LinkedHashMap<>(ErrataFile.parse(file.location(), file.read()));
        errata.keySet().removeIf(topicId -> {
            if (roadmap.byId(topicId).isPresent()) {
                return false;
            }
            log.warn(
                    "{}: erratum for topic {}, which roadmap {} does not have, is left out",
                    file.location(),
                    topicId,
                    roadmap.id());
            return true;
        });
        return errata;
    }

    private static String fingerprint(ContentFile file) {
        try {
            return file.fingerprint();
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }

    private static String strip(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }
}
