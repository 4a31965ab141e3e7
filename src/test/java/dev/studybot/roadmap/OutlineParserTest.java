package dev.studybot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.TestRoadmaps;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The outline parser on the real Go roadmap")
class OutlineParserTest {
    private final Roadmap roadmap = TestRoadmaps.go();

    @Test
    @DisplayName("reads the front matter: title, author, category")
    void frontMatter() {
        assertThat(roadmap.title()).isEqualTo("GoLang长期学习路线");
        assertThat(roadmap.author()).isEqualTo("Yahui");
        assertThat(roadmap.category()).isEqualTo("Go");
    }

    @Test
    @DisplayName("finds the four levels and the intro and summary sections in document order")
    void roots() {
        assertThat(roadmap.roots()).extracting(Topic::title).containsExactly("go可以做的事情", "总结", "初级", "高级", "资深", "专家");
        assertThat(roadmap.levels()).extracting(Topic::id).containsExactly("1", "2", "3", "4");
    }

    @Test
    @DisplayName("counts topics per level as the outline nests them")
    void countsPerLevel() {
        Map<String, Integer> counts = roadmap.roots().stream()
                .collect(Collectors.toMap(Topic::title, t -> roadmap.subtree(t).size() - 1));
        assertThat(counts)
                .containsEntry("go可以做的事情", 8)
                .containsEntry("总结", 0)
                .containsEntry("初级", 174)
                .containsEntry("高级", 101)
                .containsEntry("资深", 119)
                .containsEntry("专家", 27);
        assertThat(roadmap.size()).isEqualTo(435);
    }

    @Test
    @DisplayName("splits the tags off titles and keeps them")
    void tags() {
        Topic basics = roadmap.byId("1.1").orElseThrow();
        assertThat(basics.title()).isEqualTo("计算机基础");
        assertThat(basics.tags()).containsExactly(Tag.MUST_KNOW);
        Topic patterns = roadmap.byId("1.2.4").orElseThrow();
        assertThat(patterns.title()).isEqualTo("设计模式");
        assertThat(patterns.tags()).containsExactly(Tag.RECOMMENDED);
        Topic mysql = roadmap.byPath("初级/计算机基础/数据库/关系型数据库/Mysql").orElseThrow();
        assertThat(mysql.isMustKnow()).isTrue();
        long mustKnow = roadmap.topics().stream().filter(Topic::isMustKnow).count();
        assertThat(mustKnow).as("one per (必会) in the file").isEqualTo(61);
    }

    @Test
    @DisplayName("splits Title：description into title and summary")
    void titleAndSummary() {
        Topic devops = roadmap.byId("u1.2").orElseThrow();
        assertThat(devops.title()).isEqualTo("DevOps");
        assertThat(devops.summary()).startsWith("运维生态中的Docker");
        Topic network = roadmap.byId("1.1.2.1.3").orElseThrow();
        assertThat(network.title()).isEqualTo("网络层");
        assertThat(network.summary()).isEqualTo("IP/ICMP/IGMP");
        Topic pipe = roadmap.byTitle("管道（pipe）").get(0);
        assertThat(pipe.summary()).startsWith("管道是一种半双工的通信方式");
    }

    @Test
    @DisplayName("attaches notes to the topic they belong to, and the summary section keeps its note")
    void notes() {
        Topic process = roadmap.byPath("初级/计算机基础/操作系统/进程、线程、协程的区别/进程").orElseThrow();
        assertThat(process.notes()).hasSize(3).first().asString().startsWith("进程是程序一次动态执行的过程");
        Topic summary = roadmap.byId("u2").orElseThrow();
        assertThat(summary.title()).isEqualTo("总结");
        assertThat(summary.notes()).singleElement().asString().startsWith("Go开发核心");
        Topic epollSteps = roadmap.byPath("初级/计算机基础/操作系统/5种网络IO模型/同步IO/多路复用 IO（IO multiplexing）/epoll/过程")
                .orElseThrow();
        assertThat(epollSteps.notes()).hasSize(4);
        assertThat(epollSteps.notes().get(0)).startsWith("1. 搞了个叫 epoll_ctl 的方法");
    }

    @Test
    @DisplayName("keeps Go code as code blocks with their relative indentation")
    void code() {
        Topic messagePack = roadmap.byTitle("MessagePack").get(0);
        assertThat(messagePack.code()).singleElement().satisfies(block -> {
            assertThat(block.language()).isEqualTo("go");
            assertThat(block.text())
                    .startsWith("import \"github.com/vmihailenco/msgpack/v5\"\nfunc main() {\n    b, err :=");
            assertThat(block.text()).endsWith("    // Output: bar\n}");
        });
        Topic net = roadmap.byId("1.2.5.1.1").orElseThrow();
        assertThat(net.code().get(0).text().lines().toList())
                .startsWith("cn, err := net.Dial(\"tcp\", \"localhost:8080\")", "    // cn中所包含的方法")
                .contains("l, err := net.Listen(\"tcp\", \":8080\")");
        Topic env = roadmap.byId("1.2.1.2").orElseThrow();
        assertThat(env.code()).singleElement().satisfies(b -> {
            assertThat(b.language()).isEqualTo("shell");
            assertThat(b.text()).isEqualTo("// 查看\ngo env\n// 修改\ngo env -w GOOS=windows");
        });
        Topic chansend = roadmap.byPath("高级/Go编程进阶/原理/channel/向chan发送数据").orElseThrow();
        assertThat(chansend.code()).singleElement().satisfies(b -> assertThat(b.text())
                .contains("    if c == nil {\n        // 不能阻塞，直接返回 false，表示未发送成功")
                .endsWith("    return true"));
        long blocks = roadmap.topics().stream().mapToLong(t -> t.code().size()).sum();
        assertThat(blocks).isEqualTo(22);
    }

    @Test
    @DisplayName("keeps Jekyll images as references, never as HTML or Liquid")
    void images() {
        Topic protocols = roadmap.byId("1.1.2.1").orElseThrow();
        assertThat(protocols.images()).containsExactly("assets/images/other/osi_netmodel.png");
        Topic gmp = roadmap.byId("2.1.2").orElseThrow();
        assertThat(gmp.images()).containsExactly("assets/images/other/go_GMP.jpg");
        for (Topic topic : roadmap.topics()) {
            for (String text : List.of(topic.title(), topic.summary(), topic.body())) {
                assertThat(text).doesNotContain("<span", "<img", "{{", "relative_url");
            }
        }
    }

    @Test
    @DisplayName("gives unnumbered headings ids of their own and looks topics up by id, path and title")
    void ids() {
        Topic epoll = roadmap.byId("1.1.3.3.u1.u3.u3").orElseThrow();
        assertThat(epoll.title()).isEqualTo("epoll");
        assertThat(epoll.pathString()).isEqualTo("初级/计算机基础/操作系统/5种网络IO模型/同步IO/多路复用 IO（IO multiplexing）/epoll");
        assertThat(roadmap.byPath("初级/计算机基础/操作系统")).map(Topic::id).hasValue("1.1.3");
        assertThat(roadmap.byTitle("redis"))
                .extracting(Topic::id)
                .containsExactly("1.1.5.5.1", "2.2.3.4.8", "3.6.5.4.1");
        assertThat(roadmap.byId("nope")).isEmpty();
    }

    @Test
    @DisplayName("reads a repeated number as continuing the previous sibling's list, and says so")
    void repairedNumbering() {
        Topic database = roadmap.byPath("资深/高并发实战/数据库").orElseThrow();
        assertThat(database.id()).isEqualTo("3.6.2");
        assertThat(roadmap.byId("3.6.5.11")).map(Topic::title).hasValue("分布式锁");
        assertThat(roadmap.warnings()).hasSize(4).allMatch(w -> w.contains("repeats under 资深"));
    }

    @Test
    @DisplayName("reads a short leaf among unnumbered headings as a heading too (信号驱动 IO beside 阻塞 IO)")
    void leafAmongHeadings() {
        Topic syncIo = roadmap.byPath("初级/计算机基础/操作系统/5种网络IO模型/同步IO").orElseThrow();
        assertThat(roadmap.children(syncIo))
                .extracting(Topic::title)
                .containsExactly(
                        "阻塞 IO（blocking IO）",
                        "非阻塞 IO（non-blocking IO）",
                        "多路复用 IO（IO multiplexing）",
                        "信号驱动 IO（signal driven I/O， SIGIO）");
        assertThat(syncIo.notes()).isEmpty();
    }

    @Test
    @DisplayName("decodes HTML entities in text")
    void entities() {
        assertThat(OutlineText.decodeEntities("a &lt;-c &amp;&amp; b &#8594; &#x4E2D; &unknown;"))
                .isEqualTo("a <-c && b → 中 &unknown;");
    }
}
