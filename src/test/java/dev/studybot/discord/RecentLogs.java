package dev.studybot.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The last lines JDA, the adapter and the fake logged while a test bot started: what a test that
 * waited in vain for the bot puts in its failure message, since a CI log shows only its tail.
 */
final class RecentLogs extends AppenderBase<ILoggingEvent> {
    private static final int KEEP = 60;

    private final ArrayDeque<String> lines = new ArrayDeque<>();

    static RecentLogs attach() {
        RecentLogs logs = new RecentLogs();
        logs.setName("recent-discord-logs");
        logs.start();
        root().addAppender(logs);
        return logs;
    }

    void detach() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        String logger = event.getLoggerName();
        if (!event.getLevel().isGreaterOrEqual(Level.INFO)
                || !(logger.startsWith("net.dv8tion") || logger.startsWith("dev.studybot.discord"))) {
            return;
        }
        String line = Instant.ofEpochMilli(event.getTimeStamp()) + " " + event.getLevel() + " [" + event.getThreadName()
                + "] " + logger + " - " + event.getFormattedMessage();
        synchronized (lines) {
            lines.addLast(line);
            if (lines.size() > KEEP) {
                lines.removeFirst();
            }
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
