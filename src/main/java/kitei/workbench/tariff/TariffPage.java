package kitei.workbench.tariff;

import static kitei.workbench.Html.e;

import java.util.List;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.coverage.CaseRef;
import kitei.coverage.Coverage;
import kitei.engine.RuleBase;
import kitei.workbench.Backend;
import kitei.workbench.Html;
import kitei.workbench.Page;
import kitei.workbench.trying.Sources;

/**
 * Each clause of the tariff with the rules and table rows of the release serving that encode it, and the
 * test cases and scenarios that exercise it: the coverage {@code GET /v1/tariff} answers, as a page.
 */
public final class TariffPage {

    private final Backend backend;

    public TariffPage(Backend backend) {
        this.backend = backend;
    }

    public void mount(Router router) {
        router.get("/workbench/tariff").handler(this::clauses);
    }

    private void clauses(RoutingContext context) {
        RuleBase ruleBase = backend.serving().current().orElse(null);
        if (ruleBase == null || backend.releases().serving().isEmpty()) {
            Page.error(context, 503, "The rules are loading", "kitei is still loading its rules; try again in a moment.");
            return;
        }
        context.vertx().executeBlocking(() -> Coverage.of(ruleBase.rules(),
                        backend.reloader().root().flatMap(CaseRef::fromDirectory).orElse(null),
                        backend.releases().servingTree().scenarios().scenarios()), false)
                .onSuccess(coverage -> Page.send(context, 200, "Tariff", render(coverage)))
                .onFailure(context::fail);
    }

    private static String render(Coverage coverage) {
        StringBuilder html = new StringBuilder("""
                <h1>The tariff</h1>
                <p>Each clause, the rules and table rows of the release serving that encode it, and the test cases and
                scenarios that exercise it.</p>
                <div class="scroll"><table class="clauses"><thead><tr><th scope="col">Clause</th><th scope="col">What it is about</th>
                <th scope="col">Encoded by</th><th scope="col">Exercised by</th></tr></thead><tbody>
                """);
        for (Coverage.ClauseLine clause : coverage.clauses()) {
            html.append("<tr id=\"clause-").append(e(Html.id(clause.id()))).append("\"><th scope=\"row\">").append(e(clause.id()))
                    .append("</th><td>").append(e(clause.title())).append("</td><td>");
            if (clause.rules().isEmpty()) {
                html.append(clause.decisionBearing() ? "<strong class=\"bad\">no rule</strong>" : "nothing to decide");
            } else {
                html.append(list(clause.rules(), true));
            }
            html.append("</td><td>").append(list(join(clause.testCases(), clause.scenarios()), false)).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static List<String> join(List<String> cases, List<String> scenarios) {
        List<String> all = new java.util.ArrayList<>(cases == null ? List.of() : cases);
        all.addAll(scenarios == null ? List.of() : scenarios);
        return all;
    }

    private static String list(List<String> items, boolean linked) {
        if (items.isEmpty()) {
            return "—";
        }
        StringBuilder html = new StringBuilder("<ul class=\"plain\">");
        for (String item : items) {
            String text = e(item);
            html.append("<li>").append(linked ? Sources.link(item).map(link -> "<a href=\"" + e(link) + "\">" + text + "</a>").orElse(text) : text)
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
