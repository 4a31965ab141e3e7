package dev.studybot.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of bot content (a roadmap, a question bank, an errata list) from a folder on disk or from
 * the copy bundled in the jar.
 *
 * @param name the file name, e.g. {@code go-roadmap.txt}
 * @param location where it was read from, for messages ({@code roadmap/go-roadmap.txt} or
 *     {@code bundled:roadmap/go-roadmap.txt})
 * @param path the file on disk, or {@code null} for a bundled file
 * @param resource the class-path resource for a bundled file, or {@code null}
 */
public record ContentFile(String name, String location, Path path, String resource) {
    public ContentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }

    /** True when the file comes from the jar and so never changes while the bot runs. */
    public boolean bundled() {
        return path == null;
    }

    /** The file's bytes. */
    public byte[] read() throws IOException {
        if (path != null) {
            return Files.readAllBytes(path);
        }
        try (InputStream in = ContentFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled file " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    /**
     * A cheap fingerprint that changes when the file on disk changes (size and modification time);
     * constant for bundled files.
     */
    public String fingerprint() {
        if (path == null) {
            return "bundled";
        }
        try {
            return Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
