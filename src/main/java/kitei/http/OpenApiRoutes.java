package kitei.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * The OpenAPI description of kitei: {@code GET /openapi.yaml} as written in
 * {@code src/main/resources/openapi.yaml}, {@code GET /openapi.json} converted from it once, at start.
 */
public final class OpenApiRoutes implements Routes {

    public static final String RESOURCE = "/openapi.yaml";
    static final String YAML_MEDIA_TYPE = "application/yaml";

    private final Buffer yaml;
    private final Buffer json;

    OpenApiRoutes(byte[] yaml) {
        this.yaml = Buffer.buffer(yaml);
        this.json = Buffer.buffer(toJson(yaml));
    }

    /** The description packed beside the classes; fails at start, not at the first request, if it is missing or broken. */
    public static OpenApiRoutes fromClasspath() {
        return new OpenApiRoutes(read(RESOURCE));
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        router.get("/openapi.yaml").handler(context -> Responses.ok(context, YAML_MEDIA_TYPE + "; charset=utf-8", yaml));
        router.get("/openapi.json").handler(context -> Responses.ok(context, Responses.JSON, json));
    }

    static byte[] read(String resource) {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static byte[] toJson(byte[] yaml) {
        try {
            return new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI description is no valid YAML: " + e.getMessage(), e);
        }
    }
}
