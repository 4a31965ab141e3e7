/**
 * The bot's own command, {@code /studybot}: help, and the settings subcommands that features plug in.
 * Core: no platform types.
 */
package dev.studybot.bot;
