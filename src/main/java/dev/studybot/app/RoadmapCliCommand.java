package dev.studybot.app;

import ch.qos.logback.classic.Level;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Tag;
import dev.studybot.roadmap.Topic;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roadmap stats [--json]}: how big the roadmap is, by depth, tag and top-level section. */
@Command(
        name = "roadmap",
        mixinStandardHelpOptions = true,
        description = "Facts about the roadmaps.",
        subcommands = {RoadmapCliCommand.Stats.class})
final class RoadmapCliCommand {
    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "Counts of topics by depth, tag and top-level section, code blocks.")
    static final class Stats implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--roadmap", description = "The roadmap (default: roadmap.default).")
        String roadmapId;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Main.quietLogs(Level.WARN);
            PrintWriter out = spec.commandLine().getOut();
            Content content = Content.load();
            Roadmap roadmap = content.roadmap(roadmapId);
            Map<String, Object> stats = stats(roadmap);
            if (json) {
                out.println(Content.JSON.writeValueAsString(stats));
            } else {
                stats.forEach((k, v) -> out.println(k + ": " + v));
            }
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> stats(Roadmap roadmap) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("roadmap", roadmap.id());
        stats.put("title", roadmap.title());
        stats.put("author", roadmap.author());
        stats.put("topics", roadmap.size());
        Map<String, Integer> depth = new TreeMap<>();
        Map<String, Integer> tags = new LinkedHashMap<>();
        for (Tag tag : Tag.values()) {
            tags.put(tag.label(), 0);
        }
        int code = 0;
        int notes = 0;
        int images = 0;
        for (Topic topic : roadmap.topics()) {
            depth.merge(Integer.toString(topic.depth()), 1, Integer::sum);
            topic.tags().forEach(t -> tags.merge(t.label(), 1, Integer::sum));
            code += topic.code().size();
            notes += topic.notes().size();
            images += topic.images().size();
        }
        stats.put("depth", depth);
        stats.put("tags", tags);
        stats.put("codeBlocks", code);
        stats.put("notes", notes);
        stats.put("images", images);
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Topic root : roadmap.roots()) {
            Map<String, Object> section = new LinkedHashMap<>();
            int topics = 0;
            int mustKnow = 0;
            int blocks = 0;
            for (Topic topic : roadmap.subtree(root)) {
                topics++;
                mustKnow += topic.isMustKnow() ? 1 : 0;
                blocks += topic.code().size();
            }
            section.put("id", root.id());
            section.put("topics", topics);
            section.put("mustKnow", mustKnow);
            section.put("codeBlocks", blocks);
            sections.put(root.title(), section);
        }
        stats.put("sections", sections);
        stats.put("warnings", roadmap.warnings());
        return stats;
    }
}
