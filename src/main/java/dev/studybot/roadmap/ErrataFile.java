package dev.studybot.roadmap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <roadmap>.errata.yaml}: corrections to a roadmap, each naming the topic it corrects.
 *
 * <pre>
 * errata:
 *   - topic: "2.1.1.1"
 *     text: 更正：……
 * </pre>
 */
public final class ErrataFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ErrataFile() {}

    /** Corrections by topic id, in file order. */
    public static Map<String, List<String>> parse(String source, byte[] content) throws RoadmapFormatException {
        JsonNode root;
        try {
            root = YAML.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RoadmapFormatException(
                    source, at == null ? 0 : at.getLineNr(), "not valid YAML: " + e.getOriginalMessage());
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return result;
        }
        JsonNode list = root.path("errata");
        if (!list.isArray()) {
            throw new RoadmapFormatException(source, 1, "expected a list under 'errata:'");
        }
        int index = 0;
        for (JsonNode entry : list) {
            index++;
            String topic = entry.path("topic").asText("").strip();
            String text = entry.path("text").asText("").strip();
            if (topic.isEmpty() || text.isEmpty()) {
                throw new RoadmapFormatException(source, 0, "erratum " + index + " needs both 'topic' and 'text'");
            }
            result.computeIfAbsent(topic, k -> new ArrayList<>()).add(text);
        }
        return result;
    }
}
