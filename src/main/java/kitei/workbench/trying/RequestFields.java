package kitei.workbench.trying;

import static kitei.workbench.Html.e;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The flat fields of a request (days, amounts, choices), as the OpenAPI description declares them: shown
 * as form fields filled from the JSON, and written back into it. Nested parts (a customer, an order)
 * stay JSON. A value that is not what the field takes is written as typed, so that the decision answers
 * the problem naming the field rather than the form guessing.
 */
final class RequestFields {

    enum Kind { TEXT, WHOLE_NUMBER, YES_NO, CHOICE }

    record Field(String name, Kind kind, List<String> choices, String hint) {
    }

    private final List<Field> fields;

    private RequestFields(List<Field> fields) {
        this.fields = fields;
    }

    /** The flat properties of the request body of {@code path}, in the description's order. */
    static RequestFields of(JsonNode openapi, String path) {
        Function<JsonNode, JsonNode> resolve = schema -> resolve(openapi, schema);
        JsonNode body = resolve.apply(openapi.path("paths").path(path).path("post").path("requestBody")
                .path("content").path("application/json").path("schema"));
        List<Field> fields = new ArrayList<>();
        body.path("properties").properties().forEach(property -> {
            JsonNode schema = flat(openapi, property.getValue());
            if (schema != null) {
                fields.add(field(property.getKey(), schema, property.getValue().path("description").asText(schema.path("description").asText(""))));
            }
        });
        return new RequestFields(fields);
    }

    List<Field> fields() {
        return fields;
    }

    /** The fields as form controls, each filled from the request (an absent value is an empty control). */
    String render(JsonNode request) {
        StringBuilder html = new StringBuilder();
        for (Field field : fields) {
            String id = "field-" + field.name();
            JsonNode value = request.path(field.name());
            String current = value.isMissingNode() || value.isNull() ? "" : value.asText();
            html.append("<div class=\"field\"><label for=\"").append(e(id)).append("\"><code>").append(e(field.name()))
                    .append("</code></label>");
            if (!field.hint().isEmpty()) {
                html.append("<p class=\"hint\" id=\"").append(e(id)).append("-hint\">").append(e(field.hint())).append("</p>");
            }
            String described = field.hint().isEmpty() ? "" : " aria-describedby=\"" + e(id) + "-hint\"";
            if (field.kind() == Kind.CHOICE || field.kind() == Kind.YES_NO) {
                html.append("<select id=\"").append(e(id)).append("\" name=\"").append(e(id)).append("\"").append(described).append(">")
                        .append(option("", "(not given)", current));
                for (String choice : field.choices()) {
                    html.append(option(choice, choice, current));
                }
                html.append("</select>");
            } else {
                html.append("<input id=\"").append(e(id)).append("\" name=\"").append(e(id)).append("\" value=\"").append(e(current))
                        .append("\" spellcheck=\"false\"").append(field.kind() == Kind.WHOLE_NUMBER ? " inputmode=\"numeric\"" : "")
                        .append(described).append(">");
            }
            html.append("</div>");
        }
        return html.toString();
    }

    /** The request with each field's value from the form: an empty one removes the property. */
    ObjectNode apply(ObjectNode request, Function<String, String> form) {
        for (Field field : fields) {
            String value = form.apply("field-" + field.name());
            if (value == null) {
                continue;
            }
            value = value.strip();
            if (value.isEmpty()) {
                request.remove(field.name());
            } else if (field.kind() == Kind.WHOLE_NUMBER && value.matches("-?\\d{1,18}")) {
                request.put(field.name(), Long.parseLong(value));
            } else if (field.kind() == Kind.YES_NO && (value.equals("true") || value.equals("false"))) {
                request.put(field.name(), Boolean.parseBoolean(value));
            } else {
                request.put(field.name(), value);
            }
        }
        return request;
    }

    private static String option(String value, String label, String current) {
        return "<option value=\"" + e(value) + "\"" + (value.equals(current) ? " selected" : "") + ">" + e(label) + "</option>";
    }

    private static Field field(String name, JsonNode schema, String description) {
        if (schema.has("enum")) {
            List<String> choices = new ArrayList<>();
            schema.path("enum").forEach(choice -> choices.add(choice.asText()));
            return new Field(name, Kind.CHOICE, choices, description);
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> new Field(name, Kind.WHOLE_NUMBER, List.of(), description);
            case "boolean" -> new Field(name, Kind.YES_NO, List.of("true", "false"), description);
            default -> new Field(name, Kind.TEXT, List.of(),
                    description + (schema.path("format").asText().equals("date") ? " (YYYY-MM-DD)" : ""));
        };
    }

    /** The schema if it is one flat value (or a flat value or null), else null. */
    private static JsonNode flat(JsonNode openapi, JsonNode property) {
        JsonNode schema = resolve(openapi, property);
        if (schema.has("oneOf")) {
            for (JsonNode one : schema.path("oneOf")) {
                JsonNode resolved = resolve(openapi, one);
                if (!resolved.path("type").asText().equals("null")) {
                    return flat(openapi, resolved);
                }
            }
            return null;
        }
        String type = schema.path("type").asText();
        return type.equals("string") || type.equals("integer") || type.equals("boolean") ? schema : null;
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? openapi.at(ref.substring(1)) : schema;
    }
}
