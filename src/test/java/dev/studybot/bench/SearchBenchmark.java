package dev.studybot.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.TestRoadmaps;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.Messages;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.TopicIndex;
import dev.studybot.topic.TopicView;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Search, autocomplete and the cached topic view on the real Go roadmap. Search and autocomplete go
 * to Lucene directly (no result cache), cycling through a query set of Chinese, English, typo and
 * partial queries; the topic view is the Caffeine-cached reply.
 *
 * <p>Run: see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {
    private static final List<String> QUERIES = List.of(
            "GMP",
            "epoll",
            "进程间通信",
            "缓存淘汰",
            "go work",
            "分布式锁",
            "gorutine",
            "kubernets",
            "io.Reader",
            "channel",
            "限流",
            "一致性哈希",
            "时间复杂度",
            "阻塞 IO",
            "服务网格",
            "mysql");
    private static final List<String> PARTIALS =
            List.of("gorout", "进程", "分布", "epo", "chan", "缓存", "kube", "go w", "限", "sync");

    private TopicIndex index;
    private TopicView view;
    private Roadmap roadmap;
    private Topic[] topics;
    private int next;

    @Setup
    public void setUp() {
        RoadmapLibrary library = TestRoadmaps.library();
        roadmap = library.defaultRoadmap();
        index = TopicIndex.build(roadmap);
        Messages messages = new Messages(List.of("i18n/core", "i18n/topic"));
        ComponentCodec codec = new ComponentCodec("benchmark-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        view = new TopicView(library, messages, codec, Ticker.systemTicker(), 5000, true);
        topics = roadmap.topics().toArray(new Topic[0]);
        for (Topic topic : topics) {
            view.render(roadmap, topic, Messages.ZH);
        }
    }

    @Benchmark
    public Object search() {
        return index.search(QUERIES.get(next++ % QUERIES.size()), 10);
    }

    @Benchmark
    public Object autocomplete() {
        return index.complete(PARTIALS.get(next++ % PARTIALS.size()), 25);
    }

    @Benchmark
    public Object cachedTopic() {
        return view.render(roadmap, topics[next++ % topics.length], Messages.ZH);
    }
}
