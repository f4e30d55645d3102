package kitei.coverage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.check.ScenarioBook;
import kitei.decision.Asking;
import kitei.engine.RuleBase;
import kitei.engine.ServingRuleBase;
import kitei.http.Responses;
import kitei.http.Routes;
import kitei.problem.ProblemException;
import kitei.problem.ProblemMapper;

/**
 * {@code GET /v1/tariff}: the loaded text and rule base, every clause with the rules and rows that
 * encode it and the cases and scenarios that exercise it, and the decision-bearing clauses lacking either.
 * Computed on a worker: it reads case files and scenarios from the project directory when there is one.
 */
public final class TariffRoutes implements Routes {

    private final ServingRuleBase serving;
    private final Asking asking;
    private final Path root;

    /** @param root the project directory, or null when the rules came from the jar (no cases, no scenarios) */
    public TariffRoutes(ServingRuleBase serving, Asking asking, Path root) {
        this.serving = serving;
        this.asking = asking;
        this.root = root;
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        router.get("/v1/tariff").handler(this::tariff);
    }

    private void tariff(RoutingContext context) {
        RuleBase ruleBase = serving.current().orElseThrow(() -> new ProblemException(ProblemMapper.notReady()));
        context.vertx().executeBlocking(() -> describe(ruleBase), false)
                .onSuccess(body -> Responses.ok(context, body))
                .onFailure(context::fail);
    }

    Map<String, Object> describe(RuleBase ruleBase) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tariff", asking.describe(ruleBase));
        ScenarioBook.Read scenarios = root == null ? ScenarioBook.Read.none() : ScenarioBook.fromDirectory(root);
        List<CaseRef> cases = root == null ? null : CaseRef.fromDirectory(root).orElse(null);
        body.put("coverage", Coverage.of(ruleBase.inForceOn(asking.today()).rules(), cases, scenarios.scenarios()));
        body.put("versions", VersionCoverage.each(ruleBase, asking, cases, scenarios.scenarios()));
        return body;
    }
}
