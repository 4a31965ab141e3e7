package dev.studybot.app;

import ch.qos.logback.classic.Level;
import dev.studybot.roadmap.CodeBlock;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Tag;
import dev.studybot.roadmap.Topic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topic <id> [--json]}: one topic with everything the roadmap says of it. */
@Command(
        name = "topic",
        mixinStandardHelpOptions = true,
        description = "Show one topic by id (or path, or exact title).")
final class TopicCliCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<id>", description = "A topic id such as 1.1.3.3, a path or an exact title.")
    String id;

    @Option(
            names = "--json",
            description = "Print JSON: id, title, path, tags, summary, body, code, children, errata, images.")
    boolean json;

    @Option(names = "--roadmap", description = "The roadmap (default: roadmap.default).")
    String roadmapId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Main.quietLogs(Level.WARN);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Content content = Content.load();
        Roadmap roadmap = content.roadmap(roadmapId);
        Optional<Topic> found = content.search().resolve(roadmap, id);
        if (found.isEmpty()) {
            err.println("There is no topic " + id + " in " + roadmap.id() + "; find its id with: studybot search \""
                    + id + "\"");
            return 1;
        }
        Topic topic = found.get();
        if (json) {
            out.println(Content.JSON.writeValueAsString(toJson(roadmap, topic)));
        } else {
            out.println(topic.id() + "  " + String.join(" / ", topic.path()));
            topic.tags().forEach(t -> out.println("tag: " + t.label()));
            if (!topic.summary().isEmpty()) {
                out.println(topic.summary());
            }
            topic.notes().forEach(out::println);
            topic.errata().forEach(e -> out.println("更正 / correction: " + e));
            for (CodeBlock block : topic.code()) {
                out.println("```" + block.language());
                out.println(block.text());
                out.println("```");
            }
            for (Topic child : roadmap.children(topic)) {
                out.println("  " + child.id() + "  " + child.title());
            }
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(Roadmap roadmap, Topic topic) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", topic.id());
        json.put("title", topic.title());
        json.put("path", topic.path());
        json.put("tags", topic.tags().stream().sorted().map(Tag::label).toList());
        json.put("summary", topic.summary());
        json.put("body", topic.body());
        List<Map<String, Object>> code = new ArrayList<>();
        for (CodeBlock block : topic.code()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("language", block.language());
            b.put("text", block.text());
            b.put("line", block.line());
            code.add(b);
        }
        json.put("code", code);
        List<Map<String, Object>> children = new ArrayList<>();
        for (Topic child : roadmap.children(topic)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", child.id());
            c.put("title", child.title());
            children.add(c);
        }
        json.put("children", children);
        json.put("parent", topic.parentId());
        json.put("errata", topic.errata());
        json.put("images", topic.images());
        json.put("line", topic.line());
        return json;
    }
}
