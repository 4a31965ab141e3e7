package dev.studybot.chat;

/** An autocomplete choice: the label shown (at most 100 characters) and the value sent back. */
public record Choice(String label, String value) {}
