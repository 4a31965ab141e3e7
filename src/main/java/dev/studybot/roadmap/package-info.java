/**
 * The roadmap model: topics parsed from an outline file, looked up by id, path or title, and a
 * library that loads and reloads every roadmap. Imports only {@code content}; no platform types.
 */
package dev.studybot.roadmap;
