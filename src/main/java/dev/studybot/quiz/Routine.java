package dev.studybot.quiz;

import java.time.Duration;

/** Work the bot does on its own on a schedule: when to run first, how often, and the run itself. */
public interface Routine {
    /** When the routine first runs and how often after that. */
    Schedule createSchedule();

    /** One run; must not throw, and must be safe to run again at once (the console runs it on demand). */
    void runRoutine();

    /** A fixed-rate schedule. */
    record Schedule(Duration initialDelay, Duration period) {}
}
