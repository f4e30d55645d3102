package kitei.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import kitei.decision.Asking;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.engine.RuleBase;
import kitei.engine.ServingRuleBase;
import kitei.metrics.Metrics;
import kitei.release.FleetStatus;
import kitei.problem.Problem;
import kitei.problem.ProblemException;
import kitei.problem.ProblemType;
import kitei.tariff.TariffRef;

/** The HTTP face of kitei: one route per decision, batch, health, metrics, and problem documents for every error. */
public final class ServiceVerticle extends VerticleBase {

    private final HttpConfig config;
    private final DecisionService decisions;
    private final DecisionRecorder recorder;
    private final DecisionWorkers workers;
    private final ServingRuleBase serving;
    private final Asking asking;
    private final Metrics metrics;
    private final ObjectMapper json;
    private final List<Routes> features;
    private final Supplier<Optional<Map<String, Object>>> draft;
    private final Supplier<Optional<FleetStatus>> fleet;
    private HttpServer server;

    ServiceVerticle(HttpConfig config, DecisionService decisions, DecisionRecorder recorder, DecisionWorkers workers,
                    ServingRuleBase serving, Asking asking, Metrics metrics, ObjectMapper json, List<Routes> features,
                    Supplier<Optional<Map<String, Object>>> draft, Supplier<Optional<FleetStatus>> fleet) {
        this.draft = draft;
        this.fleet = fleet;
        this.config = config;
        this.decisions = decisions;
        this.recorder = recorder;
        this.workers = workers;
        this.serving = serving;
        this.asking = asking;
        this.metrics = metrics;
        this.json = json;
        this.features = List.copyOf(features);
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        router.route().handler(this::countStatus);
        router.get("/health/live").handler(this::live);
        router.get("/health/ready").handler(this::ready);
        router.get("/metrics").handler(this::metrics);
        // Reloads and uploads wait for the gate, which runs in its own process under its own time limit.
        router.routeWithRegex("^(?!/admin/).*").handler(TimeoutHandler.create(config.requestTimeoutMillis()));
        // A publication's workbooks are multipart uploads with their own limits (kitei.release.ReleaseAdmin, kitei.workbench).
        router.postWithRegex("^(?!/admin/releases$|" + kitei.workbench.Workbench.UPLOAD_PATH + "$).*").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
        router.route("/admin/*").handler(new AdminAuth(config.adminToken()));
        BearerAuth decisionAuth = BearerAuth.optional(config.decisionToken(), "kitei-decisions");
        for (Decider decider : decisions.deciders()) {
            router.post(decider.path()).handler(decisionAuth).handler(context -> decide(context, decider));
        }
        // A batch runs its items one after another, each within its decision budget, on a worker thread.
        router.post(BatchHandler.PATH).handler(decisionAuth)
                .handler(new BatchHandler(config, decisions, recorder, json));
        features.forEach(feature -> feature.mount(router, vertx));
        AllowedMethods.headWhereverGet(router);
        router.route().handler(context -> unrouted(context, router));
        router.route().failureHandler(new FailureHandler(config));
        // HTTP/1.1 only: Java's HttpClient asks every http:// server to upgrade to cleartext HTTP/2 (h2c),
        // and a large answer on an upgraded connection reached it unframed (a protocol error in the test
        // run); answering the upgrade request in HTTP/1.1 is what the HTTP spec allows and every client takes.
        return vertx.createHttpServer(new HttpServerOptions()
                        .setHttp2ClearTextEnabled(false)
                        .setIdleTimeout(config.idleTimeoutSeconds())
                        .setIdleTimeoutUnit(TimeUnit.SECONDS))
                .requestHandler(router)
                .invalidRequestHandler(this::invalid)
                .listen(config.port(), config.host())
                .onSuccess(listening -> server = listening);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.actualPort();
    }

    /**
     * A request the HTTP decoder could not read (a request line or headers beyond its limits, or no
     * HTTP at all) never reaches the router; it gets a problem document all the same, and the
     * connection is closed, since what follows on it cannot be trusted to start a request.
     */
    private void invalid(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        Problem problem = cause instanceof TooLongHttpLineException
                ? Problem.of(ProblemType.URI_TOO_LONG, "the request line (method, path and query) is longer than "
                        + HttpServerOptions.DEFAULT_MAX_INITIAL_LINE_LENGTH + " bytes")
                : cause instanceof TooLongHttpHeaderException
                ? Problem.of(ProblemType.HEADERS_TOO_LARGE, "the request headers are larger than "
                        + HttpServerOptions.DEFAULT_MAX_HEADER_SIZE + " bytes")
                : Problem.of(ProblemType.BAD_INPUT, "the request is not well-formed HTTP/1.1");
        metrics.responded(problem.status());
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        Responses.problem(request.response(), problem).onComplete(sent -> request.connection().close());
    }

    /**
     * A request no route answered: {@code 405} with {@code Allow} when its path is served with other
     * methods, else {@code 404}. Decided here rather than by the router, which answers 405 to any
     * method that some path-less route (the body reader) takes, whatever the path.
     */
    private void unrouted(RoutingContext context, Router router) {
        String path = context.request().path();
        Set<String> allowed = AllowedMethods.at(router, path);
        if (allowed.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no endpoint at " + path);
        }
        String methods = String.join(", ", allowed);
        context.response().putHeader(HttpHeaders.ALLOW, methods);
        throw new ProblemException(ProblemType.METHOD_NOT_ALLOWED,
                context.request().method() + " is not allowed on " + path + "; allowed: " + methods);
    }

    private void countStatus(RoutingContext context) {
        context.addEndHandler(ended -> metrics.responded(context.response().getStatusCode()));
        context.next();
    }

    private void decide(RoutingContext context, Decider decider) {
        requireJson(context);
        Buffer body = context.body().buffer();
        recorder.decide(decider, body == null ? new byte[0] : body.getBytes())
                .onSuccess(answered -> Responses.decided(context, answered))
                .onFailure(context::fail);
    }

    private void live(RoutingContext context) {
        Responses.ok(context, Map.of("status", "UP"));
    }

    private void ready(RoutingContext context) {
        if (serving.current().isEmpty()) {
            Responses.notReady(context, serving.loadFailure()
                    .<Map<String, Object>>map(reason -> Map.of("status", "FAILED", "detail", reason))
                    .orElse(Map.of("status", "LOADING")));
            return;
        }
        if (workers.exhausted().isPresent()) {
            Responses.notReady(context, Map.of("status", "FAILED", "detail", workers.exhausted().get()));
            return;
        }
        Optional<String> logProblem = recorder.logProblem();
        if (logProblem.isPresent()) {
            Responses.notReady(context, Map.of("status", "FAILING", "detail", "decision log: " + logProblem.get()));
            return;
        }
        ServingRuleBase.Served served = serving.served().get();
        RuleBase ruleBase = served.ruleBase();
        TariffRef tariff = asking.describe(ruleBase);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "READY");
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("id", tariff.id());
        text.put("version", tariff.version());
        body.put("tariff", text);
        body.put("rulebase", ruleBase.id());
        body.put("rules", ruleBase.rules().size());
        body.put("versions", asking.versions(ruleBase));
        if (served.release() != null) {
            body.put("release", served.release());
        }
        // A refused draft never stops the service: it keeps serving its release, and says so here.
        draft.get().ifPresent(state -> body.put("draft", state));
        // Likewise a shared head refused here, or a shared repository out of reach: serving goes on, and says so.
        fleet.get().ifPresent(status -> body.put("fleet", status));
        Responses.ok(context, body);
    }

    private void metrics(RoutingContext context) {
        Responses.ok(context, "text/plain; version=0.0.4; charset=utf-8", Buffer.buffer(metrics.scrape()));
    }

    /** A decision's body must be JSON; else 415, naming the media type sent, or that none was. */
    static void requireJson(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isJson(contentType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, unsupported(contentType));
        }
    }

    /** What a 415 says: the media type sent, or that none was. */
    static String unsupported(String contentType) {
        return contentType == null
                ? "send the request body as application/json; the request has no Content-Type header"
                : "send the request body as application/json, not " + contentType;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase();
        return mediaType.equals(Responses.JSON) || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }
}
