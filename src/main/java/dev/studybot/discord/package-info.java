/**
 * The Discord adapter on JDA 6: registers the router's commands as slash commands, turns slash
 * commands, buttons, selects and autocomplete into the core's requests, renders every {@code Reply}
 * as embeds, components and attached pictures within Discord's limits, and posts and edits channel
 * messages for the core as its {@code ChatGateway}. It translates and renders only: what is said is
 * the core's. Imports the chat core, the app's config records and JDA; the core never imports this.
 */
package dev.studybot.discord;
