package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * An interaction the fake sent to the bot (a slash command, a press, a select, an autocomplete) and
 * what the bot answered: the callback, the messages it made or edited, the choices it offered.
 */
public final class FakeInteraction {
    /** Discord's interaction types. */
    public static final int COMMAND = 2;

    public static final int COMPONENT = 3;
    public static final int AUTOCOMPLETE = 4;

    /** Discord's callback types. */
    public static final int CHANNEL_MESSAGE = 4;

    public static final int DEFERRED_CHANNEL_MESSAGE = 5;
    public static final int DEFERRED_UPDATE_MESSAGE = 6;
    public static final int UPDATE_MESSAGE = 7;
    public static final int AUTOCOMPLETE_RESULT = 8;

    private final String id;
    private final String token;
    private final int type;
    private final long sentAtNanos = System.nanoTime();
    private final FakeGuild guild;
    private final FakeChannel channel;
    private final FakeMember member;
    private final FakeMessage source;

    private int callbackType;
    private FakeMessage original;
    private boolean originalLoading;
    private final List<FakeMessage> produced = new ArrayList<>();
    private final List<FakeMessage> followUps = new ArrayList<>();
    private JsonNode choices;
    private final List<String> refusals = new ArrayList<>();

    FakeInteraction(
            String id,
            String token,
            int type,
            FakeGuild guild,
            FakeChannel channel,
            FakeMember member,
            FakeMessage source) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.guild = guild;
        this.channel = channel;
        this.member = member;
        this.source = source;
    }

    public String id() {
        return id;
    }

    String token() {
        return token;
    }

    public int type() {
        return type;
    }

    public FakeGuild guild() {
        return guild;
    }

    public FakeChannel channel() {
        return channel;
    }

    public FakeMember member() {
        return member;
    }

    /** The message holding the pressed component, or null. */
    public FakeMessage source() {
        return source;
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - sentAtNanos);
    }

    synchronized boolean acknowledged() {
        return callbackType != 0;
    }

    synchronized void acknowledge(int callback, FakeMessage originalMessage, boolean loading) {
        this.callbackType = callback;
        this.original = originalMessage;
        this.originalLoading = loading;
        if (originalMessage != null && !loading && callback != DEFERRED_UPDATE_MESSAGE) {
            produced.add(originalMessage);
        }
        notifyAll();
    }

    synchronized void answerChoices(JsonNode offered) {
        this.callbackType = AUTOCOMPLETE_RESULT;
        this.choices = offered;
        notifyAll();
    }

    synchronized FakeMessage original() {
        return original;
    }

    synchronized boolean originalLoading() {
        return originalLoading;
    }

    /** The original was edited: a deferred reply shows its answer, a pressed message its update. */
    synchronized void originalEdited() {
        originalLoading = false;
        if (!produced.contains(original)) {
            produced.add(original);
        }
        notifyAll();
    }

    synchronized void followedUp(FakeMessage message) {
        followUps.add(message);
        produced.add(message);
        notifyAll();
    }

    synchronized List<FakeMessage> followUps() {
        return List.copyOf(followUps);
    }

    synchronized boolean owns(String messageId) {
        return (original != null && original.id().equals(messageId))
                || followUps.stream().anyMatch(m -> m.id().equals(messageId));
    }

    synchronized FakeMessage message(String messageId) {
        if (original != null && original.id().equals(messageId)) {
            return original;
        }
        return followUps.stream()
                .filter(m -> m.id().equals(messageId))
                .findFirst()
                .orElse(null);
    }

    synchronized void refused(String why) {
        refusals.add(why);
        notifyAll();
    }

    /** What the fake refused about this interaction's answers (late, twice, unknown...): empty when all was well. */
    public synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** The callback type the bot answered with, or 0 while it has not. */
    public synchronized int callbackType() {
        return callbackType;
    }

    /** Waits for the callback and returns its type. */
    public int awaitCallback(Duration timeout) {
        await(timeout, () -> callbackType != 0, "a callback");
        return callbackType();
    }

    /** The messages the answer made visible, in order, deleted ones included. */
    public synchronized List<FakeMessage> produced() {
        return List.copyOf(produced);
    }

    /** Waits for the first message the answer shows (a reply, an update, a deferred reply's answer). */
    public FakeMessage awaitAnswer(Duration timeout) {
        await(timeout, () -> !produced.isEmpty(), "an answer");
        synchronized (this) {
            return produced.get(0);
        }
    }

    /** Waits until the answer has shown {@code count} messages and returns those still there. */
    public List<FakeMessage> awaitMessages(int count, Duration timeout) {
        await(timeout, () -> produced.size() >= count, count + " answer messages");
        synchronized (this) {
            return produced.stream().filter(m -> !m.deleted()).toList();
        }
    }

    /** Waits for the first public message of the answer. */
    public FakeMessage awaitPublicAnswer(Duration timeout) {
        await(timeout, () -> produced.stream().anyMatch(m -> !m.ephemeral() && !m.deleted()), "a public answer");
        synchronized (this) {
            return produced.stream()
                    .filter(m -> !m.ephemeral() && !m.deleted())
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Waits for autocomplete choices: their names and values. */
    public List<Choice> awaitChoices(Duration timeout) {
        await(timeout, () -> choices != null, "autocomplete choices");
        List<Choice> result = new ArrayList<>();
        synchronized (this) {
            for (JsonNode choice : choices) {
                result.add(new Choice(
                        choice.path("name").asText(), choice.path("value").asText()));
            }
        }
        return result;
    }

    /** An autocomplete choice as Discord shows it. */
    public record Choice(String name, String value) {}

    private void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " for interaction " + id + " within " + timeout
                            + (refusals.isEmpty() ? "" : "; the fake refused: " + refusals));
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + what, e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "interaction " + id + " (type " + type + ") by " + member.username() + " in #" + channel.name();
    }
}
