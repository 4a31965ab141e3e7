/**
 * The process: the command line (picocli), configuration, wiring every feature, and starting the
 * platforms. The only package that knows them all.
 */
package dev.studybot.app;
