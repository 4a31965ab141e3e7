/**
 * The console playground adapter: reads slash commands from standard input, prints replies as text
 * with numbered buttons, and moves its own clock. Translates and renders only; the core decides.
 */
package dev.studybot.console;
