package dev.studybot.app;

import ch.qos.logback.classic.Level;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.search.SearchHit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search "<query>" [--json] [--limit N]}: the best topics for a query, best first. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the roadmap's topics, best match first.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<query>", description = "Words, an id or a path, e.g. epoll or 初级/计算机基础")
    String query;

    @Option(names = "--json", description = "Print a JSON array of {id, title, path, score}.")
    boolean json;

    @Option(
            names = "--limit",
            defaultValue = "10",
            description = "At most this many results (1 to 100, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--roadmap", description = "The roadmap to search (default: roadmap.default).")
    String roadmapId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Main.quietLogs(Level.WARN);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || limit > 100) {
            err.println("--limit is " + limit + ", but it must be from 1 to 100.");
            return 2;
        }
        Content content = Content.load();
        Roadmap roadmap = content.roadmap(roadmapId);
        List<SearchHit> hits = content.search().search(roadmap, query, limit);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SearchHit hit : hits) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", hit.id());
                row.put("title", hit.title());
                row.put("path", hit.path());
                row.put("score", hit.score() == Float.MAX_VALUE ? 1000.0 : Math.round(hit.score() * 1000) / 1000.0);
                rows.add(row);
            }
            out.println(Content.JSON.writeValueAsString(rows));
        } else if (hits.isEmpty()) {
            out.println("No topic matches \"" + query + "\".");
        } else {
            for (SearchHit hit : hits) {
                out.println(hit.id() + "\t" + hit.title() + "\t" + String.join(" / ", hit.path()));
            }
        }
        out.flush();
        return 0;
    }
}
