package dev.studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.TestRoadmaps;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Topic search and autocomplete on the real Go roadmap")
class TopicSearchTest {
    private static final RoadmapLibrary LIBRARY = TestRoadmaps.library();
    private static final TopicSearch SEARCH = new TopicSearch(LIBRARY, Ticker.systemTicker(), 1000);
    private final Roadmap roadmap = LIBRARY.defaultRoadmap();

    /** Queries a learner would type, with the topics that are a right first answer. */
    static final Map<String, Set<String>> QUERIES = new LinkedHashMap<>();

    static {
        q("GMP", "2.1.2");
        q("epoll", "1.1.3.3.u1.u3.u3");
        q("进程间通信", "1.1.3.2", "1.1.3.2.u1");
        q("缓存淘汰", "1.1.3.7");
        q("go work", "1.2.3.1.2");
        q("分布式锁", "3.6.5.11");
        q("gorutine", "2.1.1.3", "2.1.1.5.1", "2.1.6.1");
        q("kubernets", "3.6.5.13.2", "4.5.4");
        q("冯诺伊曼", "1.1.1");
        q("传输层", "1.1.2.1.4");
        q("序列化", "1.1.2.2");
        q("MessagePack", "1.1.2.2.u2.u1");
        q("协程", "1.1.3.1.u3");
        q("阻塞 IO", "1.1.3.3.u1.u1");
        q("LRU", "1.1.3.7.u2");
        q("时间复杂度", "1.1.4.1");
        q("动态规划", "1.1.4.3.8");
        q("mysql", "1.1.5.1.2");
        q("浏览器如何运作", "1.1.6.3");
        q("go mod", "1.2.1.3");
        q("错误处理", "1.2.2.8", "2.1.1.5.3");
        q("replace", "1.2.3.1.1");
        q("开闭原则", "1.2.4.1.1");
        q("waitgroup", "2.1.6.4");
        q("time.Format", "1.2.5.1.5.2.u1");
        q("io.Reader", "1.2.5.2.1.1");
        q("map", "2.1.1.1");
        q("channel", "2.1.1.2");
        q("slice", "2.1.1.4");
        q("G0", "2.1.2.u2");
        q("context", "2.1.6.5");
        q("单元测试", "2.1.7.1");
        q("存储引擎", "2.1.12.1");
        q("gin", "2.2.2.1");
        q("gRPC", "2.2.3.7.14");
        q("pprof", "3.3.2.1");
        q("火焰图", "3.3.2.3");
        q("秒杀", "3.4.4");
        q("限流", "3.5.1");
        q("熔断", "3.5.2");
        q("缓存雪崩", "3.6.4.2");
        q("CAP", "3.6.5.1.1");
        q("raft", "3.6.5.3.2");
        q("一致性哈希", "3.6.5.3.3");
        q("TCC", "3.6.5.2.1");
        q("istio", "4.1.3.1");
        q("服务网格", "4.1.3");
        q("短链接", "3.4.5");
        q("分布式ID", "3.4.2");
        q("读写分离", "3.6.2.3", "2.1.12.6");
    }

    private static void q(String query, String... ids) {
        QUERIES.put(query, Set.of(ids));
    }

    @Test
    @DisplayName("the issue's queries find their topic first")
    void namedQueriesFirst() {
        for (String query : List.of("GMP", "epoll", "进程间通信", "缓存淘汰", "go work", "分布式锁", "gorutine", "kubernets")) {
            List<SearchHit> hits = SEARCH.search(roadmap, query, 3);
            assertThat(hits).as(query).isNotEmpty();
            assertThat(QUERIES.get(query))
                    .as("first hit for " + query + ": " + hits.get(0))
                    .contains(hits.get(0).id());
        }
    }

    @Test
    @DisplayName("over the whole query set: at least 95% right first, 100% within the first three")
    void topOneAndTopThreeRates() {
        int top1 = 0;
        int top3 = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : QUERIES.entrySet()) {
            List<String> ids = SEARCH.search(roadmap, entry.getKey(), 3).stream()
                    .map(SearchHit::id)
                    .toList();
            if (!ids.isEmpty() && entry.getValue().contains(ids.get(0))) {
                top1++;
            } else {
                misses.add(entry.getKey() + " -> " + ids);
            }
            if (ids.stream().anyMatch(entry.getValue()::contains)) {
                top3++;
            }
        }
        double n = QUERIES.size();
        assertThat(top1 / n).as("top-1 rate, misses: " + misses).isGreaterThanOrEqualTo(0.95);
        assertThat(top3 / n).as("top-3 rate, misses: " + misses).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} goes straight to {1}")
    @CsvSource({"1.1.3.3, 1.1.3.3", "初级/计算机基础/操作系统, 1.1.3", "' 2.1.2 ', 2.1.2"})
    @DisplayName("an id or a path goes straight to its topic")
    void idOrPath(String query, String id) {
        assertThat(SEARCH.search(roadmap, query, 5))
                .singleElement()
                .extracting(SearchHit::id)
                .isEqualTo(id);
        assertThat(SEARCH.resolve(roadmap, query))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(id));
    }

    @Test
    @DisplayName("autocomplete for a partial word offers the matching topics, at most 25, labels at most 100 chars")
    void autocomplete() {
        List<Suggestion> gorout = SEARCH.autocomplete(roadmap, "gorout");
        assertThat(gorout).isNotEmpty().hasSizeLessThanOrEqualTo(25);
        assertThat(gorout.get(0).label()).startsWithIgnoringCase("goroutine");
        assertThat(gorout).extracting(Suggestion::topicId).contains("2.1.1.3", "2.1.6.1");
        for (String partial : List.of("", "进", "1.1", "分布式", "a", "zzzz", "Go语言是原生支持语言级并发的这个并发的最小逻辑单元")) {
            List<Suggestion> suggestions = SEARCH.autocomplete(roadmap, partial);
            assertThat(suggestions).as(partial).hasSizeLessThanOrEqualTo(25);
            assertThat(suggestions).allSatisfy(s -> {
                assertThat(s.label().codePointCount(0, s.label().length())).isLessThanOrEqualTo(100);
                assertThat(roadmap.byId(s.topicId())).isPresent();
            });
        }
        assertThat(SEARCH.autocomplete(roadmap, ""))
                .extracting(Suggestion::topicId)
                .startsWith("1", "1.1", "1.2");
        assertThat(SEARCH.autocomplete(roadmap, "1.1.3."))
                .extracting(Suggestion::topicId)
                .first()
                .isEqualTo("1.1.3.1");
        assertThat(SEARCH.autocomplete(roadmap, "epoll").get(0).label())
                .isEqualTo("epoll · 初级 › … › 多路复用 IO（IO multiplexing）");
    }

    @Test
    @DisplayName("nonsense, blanks and symbols find nothing and never throw")
    void oddInput() {
        for (String query : List.of("", "   ", "***", "\"", "(", "a:b", "\\", "🙂", "x".repeat(5000))) {
            assertThat(SEARCH.search(roadmap, query, 5)).as(query).isNotNull();
        }
        assertThat(SEARCH.search(roadmap, "qqqqzzzzxxxx", 5)).isEmpty();
    }
}
