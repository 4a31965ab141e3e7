package dev.studybot.store;

import java.util.Objects;

/** A channel with the daily quiz on, and the team it belongs to: what the scheduler needs to post there. */
public record QuizChannel(Team team, ChannelSettings channel) {
    public QuizChannel {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(channel, "channel");
    }
}
