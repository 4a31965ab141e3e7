/**
 * The Slack adapter on Bolt for Java: Socket Mode or HTTP mode, slash commands registered from the
 * router's specs, replies rendered as Block Kit, and the {@link dev.studybot.chat.ChatGateway} the
 * core posts the daily quiz through. It only translates Slack payloads into router requests and
 * renders {@link dev.studybot.chat.Reply} values; it may import Bolt, the Slack SDK, the chat core and
 * the config record {@code StudybotConfig.Slack}, never another adapter.
 */
package dev.studybot.slack;
