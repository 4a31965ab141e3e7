/**
 * The platform-neutral chat core: commands and their specs, requests, the {@link
 * dev.studybot.chat.Reply} view model, the component-id codec, message bundles and the router that
 * every adapter calls. Imports no JDA or Slack type and no adapter package.
 */
package dev.studybot.chat;
