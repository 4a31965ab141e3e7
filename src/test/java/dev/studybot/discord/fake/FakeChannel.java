package dev.studybot.discord.fake;

/** A text channel of a fake guild. */
public record FakeChannel(String id, String guildId, String name, int position) {}
