/**
 * Everything the bot remembers, behind one {@link dev.studybot.store.Database} (SQLite by default,
 * PostgreSQL for several processes) and one repository per feature that takes ids and values and
 * returns records; this is the only package that holds SQL, and it imports no chat platform type
 * and nothing from the chat, adapter or app packages.
 */
package dev.studybot.store;
