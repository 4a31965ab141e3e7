/**
 * Where the bot's content comes from: roadmaps, question banks and errata, read from a folder on
 * disk first and from the copy bundled in the jar otherwise. Imports nothing of the bot's own.
 */
package dev.studybot.content;
