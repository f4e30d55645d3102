package kitei.workbench.tariff;

import static kitei.workbench.Html.e;

import java.util.Comparator;
import java.util.List;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.engine.RuleBase;
import kitei.engine.RuleInfo;
import kitei.tariff.Clauses;
import kitei.workbench.Backend;
import kitei.workbench.Html;
import kitei.workbench.Page;
import kitei.workbench.trying.Sources;

/** Each clause of the tariff with the rules and table rows of the release serving that encode it. */
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
        if (ruleBase == null) {
            Page.error(context, 503, "The rules are loading", "kitei is still loading its rules; try again in a moment.");
            return;
        }
        StringBuilder html = new StringBuilder("<h1>The tariff</h1><p>Each clause, and the rules and table rows of the release serving that encode it.</p>");
        html.append("<table class=\"clauses\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">What it is about</th>"
                + "<th scope=\"col\">Encoded by</th></tr></thead><tbody>");
        for (Clauses.Clause clause : Clauses.all()) {
            List<RuleInfo> rules = ruleBase.rules().stream().filter(rule -> clause.id().equals(rule.clause()))
                    .sorted(Comparator.comparing(rule -> rule.source().toString())).toList();
            html.append("<tr id=\"clause-").append(e(Html.id(clause.id()))).append("\"><th scope=\"row\">").append(e(clause.id()))
                    .append("</th><td>").append(e(clause.title())).append("</td><td>");
            if (rules.isEmpty()) {
                html.append(clause.decidedAtInput() != null ? "read with the request: " + e(clause.decidedAtInput())
                        : clause.decisionBearing() ? "<strong>no rule yet</strong>" : "nothing to decide");
            } else {
                html.append("<ul class=\"plain\">");
                for (RuleInfo rule : rules) {
                    String source = rule.source().toString();
                    String name = e(rule.source().isTableRow() ? source.substring(source.indexOf('/') + 1) : rule.name());
                    html.append("<li>").append(Sources.link(source).map(link -> "<a href=\"" + e(link) + "\">" + name + "</a>").orElse(name))
                            .append("</li>");
                }
                html.append("</ul>");
            }
            html.append("</td></tr>");
        }
        Page.send(context, 200, "Tariff", html.append("</tbody></table>").toString());
    }
}
