package kitei.http;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.decision.Reply;
import kitei.engine.RuleBase;
import kitei.engine.ServingRuleBase;
import kitei.problem.Problem;
import kitei.problem.ProblemType;

/** The HTTP face of kitei: one route per decision, health, and problem documents for every error. */
public final class ServiceVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceVerticle.class);
    private static final String JSON = "application/json";

    private final HttpConfig config;
    private final DecisionService decisions;
    private final ServingRuleBase serving;
    private final ObjectMapper json;
    private final List<Routes> features;
    private HttpServer server;

    public ServiceVerticle(HttpConfig config, DecisionService decisions, ServingRuleBase serving, ObjectMapper json,
                           List<Routes> features) {
        this.config = config;
        this.decisions = decisions;
        this.serving = serving;
        this.json = json;
        this.features = List.copyOf(features);
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        router.get("/health/live").handler(this::live);
        router.get("/health/ready").handler(this::ready);
        router.post().handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
        router.route("/admin/*").handler(new AdminAuth(config.adminToken()));
        for (Decider decider : decisions.deciders()) {
            router.post(decider.path()).handler(context -> decide(context, decider));
        }
        features.forEach(feature -> feature.mount(router, vertx));
        for (ProblemType type : ProblemType.values()) {
            router.errorHandler(type.status(), context -> failed(context, type));
        }
        return vertx.createHttpServer()
                .requestHandler(router)
                .listen(config.port(), config.host())
                .onSuccess(listening -> server = listening);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.actualPort();
    }

    private void decide(RoutingContext context, Decider decider) {
        if (!isJson(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            problem(context, Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send the request body as application/json, not " + context.request().getHeader(HttpHeaders.CONTENT_TYPE)));
            return;
        }
        Reply reply = decisions.decide(decider, context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes());
        send(context, reply.status(), reply.isProblem() ? Problem.MEDIA_TYPE : JSON, reply.body());
    }

    private void live(RoutingContext context) {
        send(context, 200, JSON, Map.of("status", "UP"));
    }

    private void ready(RoutingContext context) {
        if (serving.current().isEmpty()) {
            send(context, 503, JSON, Map.of("status", "LOADING"));
            return;
        }
        RuleBase ruleBase = serving.current().get();
        send(context, 200, JSON, Map.of("status", "READY", "rulebase", ruleBase.id(), "rules", ruleBase.rules().size()));
    }

    private void failed(RoutingContext context, ProblemType type) {
        if (context.failure() != null && type == ProblemType.INTERNAL) {
            LOG.error("request failed: {} {}", context.request().method(), context.request().path(), context.failure());
        }
        String detail = switch (type) {
            case PAYLOAD_TOO_LARGE -> "the request body is larger than " + config.maxBodyBytes() + " bytes";
            case NOT_FOUND -> "no endpoint at " + context.request().path();
            case METHOD_NOT_ALLOWED -> context.request().method() + " is not allowed on " + context.request().path();
            case UNAUTHORIZED -> "send the admin token as: Authorization: Bearer <token>";
            case FORBIDDEN -> "the token does not grant this operation";
            default -> type.title();
        };
        problem(context, Problem.of(type, detail));
    }

    private void problem(RoutingContext context, Problem problem) {
        send(context, problem.status(), Problem.MEDIA_TYPE, problem);
    }

    private void send(RoutingContext context, int status, String contentType, Object body) {
        if (context.response().ended()) {
            return;
        }
        try {
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                    .end(Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            LOG.error("cannot write an answer", e);
            context.response().setStatusCode(500).end();
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase();
        return mediaType.equals(JSON) || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }
}
