package kitei.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import kitei.problem.Problem;
import kitei.problem.ProblemMapper;
import kitei.problem.ProblemType;

/**
 * Every failure of every route ends here and leaves as a problem document: a typed failure, or any
 * other, through {@link ProblemMapper}; or a bare status from Vert.x's own handlers (a body over its
 * limit, a timeout), said in words. The status is always the problem type's.
 */
final class FailureHandler implements Handler<RoutingContext> {

    private final HttpConfig config;

    FailureHandler(HttpConfig config) {
        this.config = config;
    }

    @Override
    public void handle(RoutingContext context) {
        Throwable failure = context.failure();
        Responses.problem(context.response(), failure == null || failure instanceof HttpException
                ? ofStatus(context, ProblemType.ofStatus(context.statusCode()))
                : ProblemMapper.of(failure));
    }

    private Problem ofStatus(RoutingContext context, ProblemType type) {
        String detail = switch (type) {
            case PAYLOAD_TOO_LARGE -> "the request body is larger than " + config.maxBodyBytes() + " bytes";
            case NOT_FOUND -> "no endpoint at " + context.request().path();
            case METHOD_NOT_ALLOWED -> context.request().method() + " is not allowed on " + context.request().path();
            case UNAVAILABLE -> "the request took longer than " + config.requestTimeoutMillis() + " ms";
            default -> type.title();
        };
        return Problem.of(type, detail);
    }
}
