package kitei.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import kitei.decision.Json;
import kitei.problem.Problem;
import kitei.problem.ProblemException;

/**
 * The one way an answer leaves kitei: every route writes through here. Success has its few statuses
 * by name; a problem's status is its type's, and only the failure handler of {@link ServiceVerticle}
 * writes problems ({@link #problem} is not public): a route raises a {@link kitei.problem.ProblemException}.
 */
public final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
    static final String JSON = "application/json";
    public static final String HTML = "text/html; charset=utf-8";

    private Responses() {
    }

    /**
     * Fails the request with a typed problem, its status carried along, so that a router without
     * kitei's failure handler (a guard tested on its own) still answers that status.
     */
    public static void fail(RoutingContext context, ProblemException failure) {
        context.fail(failure.problem().status(), failure);
    }

    /** {@code 200} with the body as JSON. */
    public static void ok(RoutingContext context, Object body) {
        send(context.response(), HttpResponseStatus.OK, JSON, body);
    }

    /** {@code 200} with a body already written, in its own media type (the description, the metrics). */
    public static void ok(RoutingContext context, String contentType, Buffer body) {
        if (!context.response().ended()) {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(body);
        }
    }

    /**
     * A page for a person (the workbench), with its status: {@code 200}, or a page that says what went
     * wrong in words (a person reads it, so it is HTML, not a problem document).
     */
    public static void page(RoutingContext context, HttpResponseStatus status, String html) {
        if (!context.response().ended() && !context.response().headWritten()) {
            context.response().setStatusCode(status.code()).putHeader(HttpHeaders.CONTENT_TYPE, HTML).end(html);
        }
    }

    /** {@code 303} after a form: to the page that shows its result, so that reloading does not send the form again. */
    public static void seeOther(RoutingContext context, String location) {
        if (!context.response().ended() && !context.response().headWritten()) {
            context.response().setStatusCode(HttpResponseStatus.SEE_OTHER.code()).putHeader(HttpHeaders.LOCATION, location).end();
        }
    }

    /** {@code 202}: taken, to be done after; {@code location} is where to follow it. */
    public static void accepted(RoutingContext context, String location, Object body) {
        context.response().putHeader(HttpHeaders.LOCATION, location);
        send(context.response(), HttpResponseStatus.ACCEPTED, JSON, body);
    }

    /** {@code 503} with a readiness report (not a problem: the body says what readiness waits for). */
    static void notReady(RoutingContext context, Object body) {
        send(context.response(), HttpResponseStatus.SERVICE_UNAVAILABLE, JSON, body);
    }

    /** A decision as made: an answer ({@code 200}) or the problem document its mapper made, already JSON. */
    static void decided(RoutingContext context, DecisionRecorder.Answered answered) {
        HttpResponseStatus status = HttpResponseStatus.valueOf(answered.status());
        send(context.response(), status, status.code() == 200 ? JSON : Problem.MEDIA_TYPE, answered.body());
    }

    static Future<Void> problem(HttpServerResponse response, Problem problem) {
        return send(response, HttpResponseStatus.valueOf(problem.status()), Problem.MEDIA_TYPE, problem);
    }

    private static Future<Void> send(HttpServerResponse response, HttpResponseStatus status, String contentType, Object body) {
        if (response.ended() || response.headWritten()) {
            return Future.succeededFuture(); // answered already: the request timed out while it was being answered
        }
        try {
            byte[] bytes = body instanceof byte[] written ? written : Json.MAPPER.writeValueAsBytes(body);
            return response.setStatusCode(status.code()).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(Buffer.buffer(bytes));
        } catch (JsonProcessingException e) {
            LOG.error("cannot write an answer", e);
            return response.setStatusCode(HttpResponseStatus.INTERNAL_SERVER_ERROR.code()).end();
        }
    }
}
