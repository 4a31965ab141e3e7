package dev.studybot.roadmap;

/** A roadmap file the parser cannot read; the message names the file, the line and what is wrong. */
public final class RoadmapFormatException extends Exception {
    private final String source;
    private final int line;
    private final String problem;

    public RoadmapFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
