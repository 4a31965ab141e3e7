package dev.studybot.quiz;

import dev.studybot.chat.Gateways;
import dev.studybot.store.Platform;
import dev.studybot.store.QuizChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute: for each platform this process has a gateway to, closes and reveals the quizzes
 * whose window has passed, then posts each channel's due daily quiz (or records it skipped), in the
 * channels this process serves (a Discord process running some shards serves their guilds only). Each
 * platform is one lane: its channels are served one after another, so a burst at 09:30 is spread
 * out and its rate limits (retry-after) are waited out, not hammered; the platforms' lanes run side
 * by side. What cannot be posted now stays claimable and is tried again on the next tick, within the
 * grace window. Runs are never concurrent within a process; across processes the database decides.
 */
public final class DailyQuizRoutine implements Routine {
    static final Duration PERIOD = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(DailyQuizRoutine.class);

    private final QuizService service;
    private final Gateways gateways;
    private final Clock clock;
    private final ExecutorService lanes = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "studybot-quiz-lane");
        thread.setDaemon(true);
        return thread;
    });

    public DailyQuizRoutine(QuizService service, Gateways gateways, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** First at the start of the next minute of the clock, then every minute. */
    @Override
    public Schedule createSchedule() {
        long millis = clock.millis();
        long toNextMinute = PERIOD.toMillis() - Math.floorMod(millis, PERIOD.toMillis());
        return new Schedule(Duration.ofMillis(toNextMinute), PERIOD);
    }

    @Override
    public synchronized void runRoutine() {
        try {
            run(clock.instant());
        } catch (RuntimeException e) {
            log.error("the daily quiz routine failed; it runs again in a minute", e);
        }
    }

    private void run(Instant now) {
        Set<Platform> platforms = gateways.platforms().stream()
                .map(p -> Platform.fromCode(p.id()))
                .collect(Collectors.toSet());
        if (platforms.isEmpty()) {
            return;
        }
        Map<Platform, List<QuizChannel>> byPlatform = new EnumMap<>(Platform.class);
        platforms.forEach(p -> byPlatform.put(p, new ArrayList<>()));
        for (QuizChannel channel : service.store().teams().quizChannels()) {
            List<QuizChannel> lane = byPlatform.get(channel.team().platform());
            if (lane != null && service.serves(channel.team(), channel.channel())) {
                lane.add(channel);
            }
        }
        List<Future<?>> running = new ArrayList<>();
        for (Map.Entry<Platform, List<QuizChannel>> lane : byPlatform.entrySet()) {
            running.add(lanes.submit(() -> serve(lane.getKey(), lane.getValue(), now)));
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                log.error("a quiz lane failed", e.getCause());
            }
        }
    }

    private void serve(Platform platform, List<QuizChannel> channels, Instant now) {
        try {
            service.closeDue(platform, now);
        } catch (RuntimeException e) {
            log.error("closing the due quizzes on {} failed", platform.code(), e);
        }
        for (QuizChannel channel : channels) {
            try {
                service.tick(channel, now);
            } catch (RuntimeException e) {
                log.error(
                        "the daily quiz of channel {} failed this tick",
                        channel.channel().externalId(),
                        e);
            }
        }
    }

    /** Stops the lanes' threads. */
    public void close() {
        lanes.shutdownNow();
    }
}
