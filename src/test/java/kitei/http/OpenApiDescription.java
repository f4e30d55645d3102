package kitei.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.OpenApi31;

/**
 * The served OpenAPI description as a test reads it: its operations, their responses and examples,
 * and each schema, named by the JSON pointer where it is written, as a JSON Schema (OpenAPI 3.1's
 * dialect of 2020-12) with formats asserted.
 */
final class OpenApiDescription {

    private static final String BASE = "https://kitei.invalid/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** A response the description documents: {@code POST /v1/eligibility 200}. */
    record Documented(String method, String path, String status) {
        @Override
        public String toString() {
            return method + " " + path + " " + status;
        }
    }

    /** An example and the schema it must satisfy, each by pointer. */
    record Example(String where, String schemaPointer, JsonNode value) {
    }

    private final JsonNode root;
    private final SchemaRegistry registry;

    private OpenApiDescription(String json) {
        try {
            this.root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(),
                builder -> builder.schemas(Map.of(BASE, json)).schemaRegistryConfig(config));
    }

    /** A description as a service serves it at {@code GET /openapi.json}. */
    static OpenApiDescription parse(String json) {
        return new OpenApiDescription(json);
    }

    static OpenApiDescription served() {
        byte[] json = OpenApiRoutes.toJson(OpenApiRoutes.read(OpenApiRoutes.RESOURCE));
        return new OpenApiDescription(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    JsonNode root() {
        return root;
    }

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /** What the instance breaks of the schema written at the pointer; empty when it conforms. */
    List<String> violations(String schemaPointer, JsonNode instance) {
        if (root.at(schemaPointer).isMissingNode()) {
            throw new IllegalArgumentException("no schema at " + schemaPointer);
        }
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + schemaPointer));
        return schema.validate(instance).stream().map(Error::toString).toList();
    }

    /**
     * What an answer breaks of the description: a status or media type it does not document for the
     * operation, or what the body breaks of the schema documented for them; empty when it conforms.
     */
    List<String> answerViolations(String method, String path, int status, String contentType, String body) {
        Optional<String> where = response(method, path, status);
        if (where.isEmpty()) {
            return List.of(method + " " + path + " does not document status " + status);
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        String schema = where.get() + "/content/" + escape(mediaType) + "/schema";
        if (root.at(schema).isMissingNode()) {
            return List.of(method + " " + path + " " + status + " does not document " + mediaType);
        }
        try {
            return violations(schema, new ObjectMapper().readTree(body));
        } catch (IOException e) {
            return List.of("the body is no JSON: " + e.getMessage());
        }
    }

    /** Where the response of an operation to a status is written, references followed. */
    Optional<String> response(String method, String path, int status) {
        String pointer = operation(method, path) + "/responses/" + status;
        return root.at(pointer).isMissingNode() ? Optional.empty() : Optional.of(resolve(pointer));
    }

    /** Where the JSON schema of an operation's request body is written. */
    String requestSchema(String method, String path) {
        return resolve(operation(method, path) + "/requestBody") + "/content/application~1json/schema";
    }

    static String operation(String method, String path) {
        return "/paths/" + escape(path) + "/" + method.toLowerCase();
    }

    List<Documented> responses() {
        List<Documented> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    op.getValue().path("responses").fieldNames().forEachRemaining(status ->
                            all.add(new Documented(op.getKey().toUpperCase(), path.getKey(), status)));
                }
            }
        }
        return all;
    }

    /**
     * Every example in the description: those of media types (against the media type's schema) and
     * those of schemas (against the schema that carries them).
     */
    List<Example> examples() {
        List<Example> found = new ArrayList<>();
        collect(root, "", found);
        return found;
    }

    private void collect(JsonNode node, String pointer, List<Example> found) {
        if (node.isObject()) {
            JsonNode examples = node.get("examples");
            if (examples != null && examples.isArray()) {
                for (int i = 0; i < examples.size(); i++) {
                    found.add(new Example(pointer + "/examples/" + i, pointer, examples.get(i)));
                }
            } else if (examples != null && examples.isObject() && node.has("schema")) {
                examples.fields().forEachRemaining(example -> found.add(new Example(
                        pointer + "/examples/" + escape(example.getKey()), pointer + "/schema",
                        root.at(resolve(pointer + "/examples/" + escape(example.getKey()))).get("value"))));
            }
            node.fields().forEachRemaining(child -> collect(child.getValue(), pointer + "/" + escape(child.getKey()), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    private String resolve(String pointer) {
        JsonNode ref = root.at(pointer).get("$ref");
        if (ref == null) {
            return pointer;
        }
        if (!ref.asText().startsWith("#")) {
            throw new IllegalStateException("only local references are expected, not " + ref.asText() + " at " + pointer);
        }
        return resolve(ref.asText().substring(1));
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
