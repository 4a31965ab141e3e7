package dev.studybot.roadmap;

import java.util.Objects;

/**
 * A block of code from the roadmap, with the indentation it had relative to its first line.
 *
 * @param language a language hint for highlighting ({@code go} or {@code shell})
 * @param text the code, lines joined by {@code \n}, leading tabs beyond the block's own level
 *     expanded to four spaces each
 * @param line the 1-based line of the block's first line in the source file
 */
public record CodeBlock(String language, String text, int line) {
    public CodeBlock {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
