package dev.studybot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.studybot.content.ContentLocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the settings: the defaults bundled in the jar, then the config file ({@code STUDYBOT_CONFIG},
 * else {@code config/studybot.yaml} in the working directory or beside the jar), then environment
 * variables ({@code STUDYBOT_<SECTION>_<KEY>}). A key the defaults do not have, a value of the wrong
 * type or an invalid value stops start-up with one sentence.
 */
public final class ConfigLoader {
    static final String BUNDLED = "bundled/config/studybot.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    /** The settings of this process: bundled defaults, the config file, the environment. */
    public StudybotConfig load() {
        return load(configFile());
    }

    /** The config file to read, if any. */
    public Optional<Path> configFile() {
        String explicit = env.get("STUDYBOT_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit.strip());
            if (!Files.isRegularFile(path)) {
                throw new ConfigException(
                        "STUDYBOT_CONFIG names " + path + ", which is not a readable file; fix the path or unset it.");
            }
            return Optional.of(path);
        }
        Path local = Path.of("config", "studybot.yaml");
        if (Files.isRegularFile(local)) {
            return Optional.of(local);
        }
        return ContentLocator.jarFolder()
                .map(dir -> dir.resolve("config").resolve("studybot.yaml"))
                .filter(Files::isRegularFile);
    }

    /** Loads the bundled defaults, overlaid by {@code file} (if present) and the environment. */
    public StudybotConfig load(Optional<Path> file) {
        ObjectNode defaults = bundledDefaults();
        ObjectNode merged = defaults.deepCopy();
        if (file.isPresent()) {
            JsonNode user = read(file.get());
            if (user != null && !user.isNull() && !user.isMissingNode()) {
                if (!user.isObject()) {
                    throw new ConfigException(file.get() + " must hold sections such as 'quiz:' with keys under them.");
                }
                overlay(defaults, merged, (ObjectNode) user, "", file.get().toString());
            }
        }
        applyEnvironment(defaults, merged);
        return bind(merged, file.map(Path::toString).orElse("the built-in defaults"));
    }

    private static ObjectNode bundledDefaults() {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + BUNDLED + " is missing from the jar");
            }
            return (ObjectNode) YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled defaults", e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(
                    file + ":" + line + " is not valid YAML (" + e.getOriginalMessage() + "); fix the file.");
        } catch (IOException e) {
            throw new ConfigException(
                    "Cannot read " + file + " (" + e.getMessage() + "); check that it exists and is readable.");
        }
    }

    private static void overlay(ObjectNode schema, ObjectNode target, ObjectNode source, String prefix, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode known = schema.get(field.getKey());
            if (known == null) {
                List<String> allowed = new ArrayList<>();
                schema.fieldNames().forEachRemaining(allowed::add);
                throw new ConfigException(where + " has the unknown key " + key + "; the keys here are: "
                        + String.join(
                                ", ",
                                prefix.isEmpty()
                                        ? allowed
                                        : allowed.stream().map(k -> prefix + k).toList())
                        + ".");
            }
            JsonNode value = field.getValue();
            if (known.isObject()) {
                if (value == null || value.isNull()) {
                    continue;
                }
                if (!value.isObject()) {
                    throw new ConfigException(where + ": " + key + " must be a section with keys under it, not \""
                            + value.asText() + "\".");
                }
                overlay(
                        (ObjectNode) known,
                        (ObjectNode) target.get(field.getKey()),
                        (ObjectNode) value,
                        key + ".",
                        where);
            } else {
                if (value != null && (value.isObject() || value.isArray())) {
                    throw new ConfigException(where + ": " + key + " must be a single value, not a "
                            + (value.isObject() ? "section" : "list") + ".");
                }
                target.set(field.getKey(), value == null || value.isNull() ? TextNode.valueOf("") : value);
            }
        }
    }

    private void applyEnvironment(ObjectNode schema, ObjectNode target) {
        Iterator<Map.Entry<String, JsonNode>> sections = schema.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            Iterator<String> keys = section.getValue().fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                String name = envName(section.getKey(), key);
                String value = env.get(name);
                if (value != null) {
                    ((ObjectNode) target.get(section.getKey())).set(key, TextNode.valueOf(value));
                }
            }
        }
    }

    /** {@code quiz.windowHours} becomes {@code STUDYBOT_QUIZ_WINDOW_HOURS}. */
    public static String envName(String section, String key) {
        String snake = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(key);
        return ("STUDYBOT_" + section + "_" + snake).toUpperCase(Locale.ROOT);
    }

    private StudybotConfig bind(ObjectNode merged, String where) {
        // 'default' is a Java keyword in the record; the YAML key stays 'default'
        ObjectNode roadmap = (ObjectNode) merged.get("roadmap");
        roadmap.set("defaultId", roadmap.remove("default"));
        try {
            return YAML.treeToValue(merged, StudybotConfig.class);
        } catch (InvalidFormatException e) {
            throw new ConfigException(path(e) + " is \"" + e.getValue() + "\" (in " + source(e) + "), but it must be "
                    + describe(e.getTargetType()) + ".");
        } catch (MismatchedInputException e) {
            throw new ConfigException(path(e) + " (in " + source(e) + ") must be " + describe(e.getTargetType()) + ".");
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException config) {
                throw config;
            }
            throw new ConfigException("The settings in " + where + " cannot be read: " + e.getOriginalMessage());
        }
    }

    private String source(MismatchedInputException e) {
        String key = path(e);
        int dot = key.indexOf('.');
        if (dot > 0) {
            String name = envName(key.substring(0, dot), key.substring(dot + 1));
            if (env.containsKey(name)) {
                return "the environment variable " + name;
            }
        }
        return "the config file";
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName().equals("defaultId") ? "default" : ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "text";
    }
}
