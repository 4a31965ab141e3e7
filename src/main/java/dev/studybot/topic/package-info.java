/**
 * Looking topics up and browsing the roadmap: {@code /topic} and {@code /roadmap}, the cached topic
 * view, and the port through which a member's topic status is read and set. Core: no platform types.
 */
package dev.studybot.topic;
