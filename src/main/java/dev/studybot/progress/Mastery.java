package dev.studybot.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Mastery from answers, weighted toward recent ones: each answer counts with weight
 * {@code w = 2^(-age / HALF_LIFE)} (a fresh answer 1, one {@value #HALF_LIFE_DAYS} days old ½, twice
 * that ¼), and mastery is the weighted share of right answers, {@code Σ w·right / Σ w}. Old answers
 * never vanish, they only count less, so a member who once got a section right and now gets it wrong
 * sinks quickly. No answers, no mastery (shown as "–", never as 0%). Mutable: add answers, then read.
 */
public final class Mastery {
    /** The half-life of an answer's weight, in days. */
    public static final int HALF_LIFE_DAYS = 30;

    static final double HALF_LIFE_MILLIS = Duration.ofDays(HALF_LIFE_DAYS).toMillis();

    private final long now;
    private double rightWeight;
    private double totalWeight;
    private int answered;
    private int right;

    /** An empty tally that weighs answers by their age at {@code now}. */
    public Mastery(Instant now) {
        this.now = now.toEpochMilli();
    }

    /** The weight of an answer given at {@code at}, seen at {@code now}; answers from the future weigh 1. */
    public static double weight(Instant at, Instant now) {
        return weight(at.toEpochMilli(), now.toEpochMilli());
    }

    static double weight(long atMillis, long nowMillis) {
        long age = Math.max(0, nowMillis - atMillis);
        return Math.pow(2, -age / HALF_LIFE_MILLIS);
    }

    /** Counts one answer. */
    public Mastery add(boolean correct, Instant at) {
        return add(1, correct ? 1 : 0, at.toEpochMilli());
    }

    /** Counts {@code answered} answers given at the same moment, {@code correct} of them right. */
    Mastery add(int answeredCount, int correctCount, long atMillis) {
        if (answeredCount <= 0) {
            return this;
        }
        double w = weight(atMillis, now);
        totalWeight += w * answeredCount;
        rightWeight += w * correctCount;
        answered += answeredCount;
        right += correctCount;
        return this;
    }

    /** Adds another tally's answers (taken at the same {@code now}). */
    Mastery addAll(Mastery other) {
        rightWeight += other.rightWeight;
        totalWeight += other.totalWeight;
        answered += other.answered;
        right += other.right;
        return this;
    }

    /** The weighted share of right answers, 0..1, or empty when there are none. */
    public OptionalDouble value() {
        return answered == 0 || totalWeight <= 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(rightWeight / totalWeight);
    }

    /** How many answers were counted. */
    public int answered() {
        return answered;
    }

    /** How many of them were right. */
    public int right() {
        return right;
    }
}
