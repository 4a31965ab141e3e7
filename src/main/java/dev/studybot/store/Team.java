package dev.studybot.store;

import java.time.Instant;
import java.util.Optional;

/** A team: one Discord guild, Slack workspace or console session, with its chosen language if any. */
public record Team(
        long id, Platform platform, String externalId, String name, Optional<String> language, Instant createdAt) {}
