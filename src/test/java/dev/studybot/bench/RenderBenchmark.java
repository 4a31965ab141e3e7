package dev.studybot.bench;

import dev.studybot.render.LeaderboardCard;
import dev.studybot.render.Pictures;
import dev.studybot.render.ProgressCard;
import dev.studybot.render.Samples;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The progress card (the Go roadmap's 4 levels and 14 must-know sections: 18 rows, 3 next topics)
 * and the leaderboard card (top 10 and the caller's row below the separator), each drawn and
 * encoded as PNG bytes, as the feature will ask for them.
 *
 * <p>Run: see docs/bench-render.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RenderBenchmark {
    private Pictures pictures;
    private ProgressCard progress;
    private LeaderboardCard leaderboard;

    @Setup
    public void setUp() {
        pictures = new Pictures();
        progress = Samples.progress(7);
        leaderboard = Samples.leaderboard(14, 16);
        if (progress.rows().size() < 18) {
            throw new IllegalStateException(
                    "expected 18 progress rows, got " + progress.rows().size());
        }
    }

    @Benchmark
    public byte[] progressCard() {
        return pictures.progress(progress);
    }

    @Benchmark
    public byte[] leaderboardCard() {
        return pictures.leaderboard(leaderboard);
    }
}
