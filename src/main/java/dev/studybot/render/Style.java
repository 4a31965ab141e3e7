package dev.studybot.render;

/**
 * A text size and weight.
 *
 * @param size in pixels
 * @param bold bold or regular
 */
record Style(float size, boolean bold) {
    static final Style TITLE = new Style(32, true);
    static final Style SUBTITLE = new Style(19, false);
    static final Style BODY = new Style(20, false);
    static final Style BODY_BOLD = new Style(20, true);
    static final Style HEADING = new Style(22, true);
    static final Style SMALL = new Style(16, false);
    static final Style SMALL_BOLD = new Style(16, true);
    static final Style TINY = new Style(14, false);
}
