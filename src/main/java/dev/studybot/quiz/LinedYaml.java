package dev.studybot.quiz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML read from Jackson's streaming parser into plain nodes that keep the line each value and key
 * starts on, so the bank's messages can say {@code file:line}. Scalars keep their text as written.
 */
final class LinedYaml {
    private LinedYaml() {}

    /** Reads the value that starts at the parser's current token, with the line of each part. */
    static Node read(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Field> fields = new LinkedHashMap<>();
            List<Field> duplicates = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                Field field = new Field(name, keyLine, read(parser));
                if (fields.putIfAbsent(name, field) != null) {
                    duplicates.add(field);
                }
            }
            return new MapNode(line, fields, duplicates);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser));
            }
            return new ListNode(line, items);
        }
        // the scalar as written, so 1.10 stays "1.10" and yes stays "yes"
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    /** A YAML value with the line it starts on. */
    sealed interface Node permits Scalar, ListNode, MapNode {
        int line();

        default String describe() {
            if (this instanceof ListNode) {
                return "a list";
            }
            if (this instanceof MapNode) {
                return "a mapping";
            }
            return "empty";
        }
    }

    record Scalar(int line, String text) implements Node {
        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    record ListNode(int line, List<Node> items) implements Node {}

    record MapNode(int line, Map<String, Field> fields, List<Field> duplicates) implements Node {}

    record Field(String name, int line, Node value) {}
}
