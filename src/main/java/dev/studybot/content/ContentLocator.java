package dev.studybot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds content files. A folder on disk (given in config, or {@code roadmap/} in the working
 * directory or beside the jar) comes first; files the jar bundles fill in the names the folder does
 * not have. So a team can edit or add a roadmap without rebuilding, and the jar works from any
 * directory.
 */
public final class ContentLocator {
    /** The class-path folder where the build puts the bundled roadmap folder. */
    public static final String BUNDLED_ROOT = "bundled/roadmap";

    private final List<Path> folders;
    private final String bundledRoot;

    /**
     * @param folders folders to read, first wins on a name clash; missing ones are skipped
     * @param bundledRoot the class-path folder of bundled files, or {@code null} for none
     */
    public ContentLocator(List<Path> folders, String bundledRoot) {
        this.folders = List.copyOf(folders);
        this.bundledRoot = bundledRoot;
    }

    /** The usual places: the configured folder if any, else {@code ./roadmap} and one beside the jar. */
    public static ContentLocator standard(Optional<Path> configured) {
        List<Path> folders = new ArrayList<>();
        if (configured.isPresent()) {
            folders.add(configured.get());
        } else {
            folders.add(Path.of("roadmap"));
            jarFolder().map(dir -> dir.resolve("roadmap")).ifPresent(folders::add);
        }
        return new ContentLocator(folders.stream().distinct().toList(), BUNDLED_ROOT);
    }

    /** The folder holding the running jar, when the bot runs from one. */
    public static Optional<Path> jarFolder() {
        try {
            URL location =
                    ContentLocator.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            return Files.isRegularFile(path)
                    ? Optional.ofNullable(path.toAbsolutePath().getParent())
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The folders on disk that exist, in priority order. */
    public List<Path> existingFolders() {
        return folders.stream().filter(Files::isDirectory).toList();
    }

    /**
     * The files of one sub-folder ({@code ""} for the top) whose names pass {@code accept}, sorted by
     * name; a file on disk hides a bundled file of the same name.
     */
    public List<ContentFile> list(String subfolder, Predicate<String> accept) {
        Map<String, ContentFile> byName = new TreeMap<>();
        for (Path folder : existingFolders()) {
            Path dir = subfolder.isEmpty() ? folder : folder.resolve(subfolder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> accept.test(p.getFileName().toString()))
                        .forEach(p -> byName.putIfAbsent(
                                p.getFileName().toString(),
                                new ContentFile(p.getFileName().toString(), p.toString(), p, null)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        if (bundledRoot != null) {
            String root = subfolder.isEmpty() ? bundledRoot : bundledRoot + "/" + subfolder;
            for (String name : bundledNames(root)) {
                if (accept.test(name)) {
                    byName.putIfAbsent(
                            name, new ContentFile(name, "bundled:" + root + "/" + name, null, root + "/" + name));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    /** The names of the files directly inside a class-path folder, from a jar or a build folder. */
    static List<String> bundledNames(String root) {
        URL url = ContentLocator.class.getClassLoader().getResource(root);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                }
                return namesIn(fs.getPath(root));
            }
            return namesIn(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled folder " + root, e);
        }
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
