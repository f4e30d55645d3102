package kitei.workbench.trying;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The request examples of the OpenAPI description, by endpoint and name: what the forms start from. */
final class Examples {

    private final JsonNode openapi;
    private final JsonNode paths;

    private Examples(JsonNode openapi) {
        this.openapi = openapi;
        this.paths = openapi.path("paths");
    }

    /** The whole description, for the schemas of the requests. */
    JsonNode openapi() {
        return openapi;
    }

    static Examples fromClasspath() {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IOException("openapi.yaml is missing from the jar");
            }
            return new Examples(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Name → (summary, request), in the description's order. */
    Map<String, Example> of(String path) {
        Map<String, Example> examples = new LinkedHashMap<>();
        paths.path(path).path("post").path("requestBody").path("content").path("application/json").path("examples")
                .properties().forEach(entry -> examples.put(entry.getKey(),
                        new Example(entry.getKey(), entry.getValue().path("summary").asText(entry.getKey()), entry.getValue().path("value"))));
        return examples;
    }

    record Example(String name, String summary, JsonNode request) {
    }
}
