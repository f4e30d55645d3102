package kitei.workbench.tariff;

import static kitei.workbench.Html.e;

import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.function.BiConsumer;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.coverage.CaseRef;
import kitei.coverage.Coverage;
import kitei.engine.RuleBase;
import kitei.tariff.Clauses;
import kitei.workbench.Backend;
import kitei.workbench.Html;
import kitei.workbench.Page;
import kitei.workbench.TableVersion;
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
        router.get("/workbench/tariff").handler(context -> withCoverage(context, (coverage, version) -> Page.send(context, 200, "Tariff",
                render(coverage, version.caption(), version.selector("/workbench/tariff", days(), Map.of())))));
        router.get("/workbench/tariff/:clause").handler(this::clause);
    }

    private void clause(RoutingContext context) {
        String id = context.pathParam("clause");
        if (Clauses.find(id).isEmpty()) {
            Page.error(context, 404, "No such clause", "The tariff has no clause " + id + "; the Tariff page lists them.");
            return;
        }
        withCoverage(context, (coverage, version) -> coverage.clauses().stream().filter(line -> line.id().equals(id)).findFirst()
                .ifPresentOrElse(line -> Page.send(context, 200, id + " " + line.title(), render(line, ClauseTexts.packed().of(id))),
                        () -> Page.error(context, 404, "No such clause", "The coverage of this release has no clause " + id + ".")));
    }

    private NavigableSet<LocalDate> days() {
        return TableVersion.days(backend.releases().servingTree().files().keySet());
    }

    /** The coverage of the version of {@code ?version=DAY} (else the base) of the release serving. */
    private void withCoverage(RoutingContext context, BiConsumer<Coverage, TableVersion> show) {
        RuleBase serving = backend.serving().current().orElse(null);
        if (serving == null || backend.releases().serving().isEmpty()) {
            Page.error(context, 503, "The rules are loading", "kitei is still loading its rules; try again in a moment.");
            return;
        }
        TableVersion.asked(context, days()).ifPresent(version -> {
            RuleBase ruleBase = version.day() == null ? serving : serving.revisions().getOrDefault(version.day(), serving);
            context.vertx().executeBlocking(() -> Coverage.of(ruleBase.rules(),
                            backend.reloader().root().flatMap(CaseRef::fromDirectory).orElse(null),
                            backend.releases().servingTree().scenarios().scenarios()), false)
                    .onSuccess(coverage -> show.accept(coverage, version))
                    .onFailure(context::fail);
        });
    }

    private static String render(Coverage.ClauseLine clause, ClauseTexts.Text text) {
        String japanese = text.japanese() == null
                ? "<p>The packed tariff text has no passage for this clause.</p>"
                : "<blockquote class=\"tariff-text\" lang=\"ja\" cite=\"#source\">" + e(text.japanese()) + "</blockquote>"
                        + (text.whole() ? "<p class=\"hint\">The text does not mark this clause on its own: its whole article is shown.</p>" : "");
        String english = text.english() == null ? "<p>The clause map has no reading for this clause.</p>"
                : "<p class=\"tariff-english\" lang=\"en\">" + e(text.english()) + "</p>";
        return """
                <p><a href="/workbench/tariff#clause-%s">All clauses</a></p>
                <h1>%s <span class="subtitle">%s</span></h1>
                <section aria-labelledby="ja"><h2 id="ja">The text (Japanese, which governs)</h2>%s</section>
                <section aria-labelledby="en"><h2 id="en">The reading (English, from the clause map)</h2>%s</section>
                <section aria-labelledby="encoded"><h2 id="encoded">Encoded by</h2>%s</section>
                <section aria-labelledby="exercised"><h2 id="exercised">Exercised by</h2>%s</section>
                <p id="source" class="hint">Source: 個別規程 IIJ 認証アウトソースサービス, 令和元年 12 月 1 日現在 (IIJ), and the project's clause map.</p>
                """.formatted(e(Html.id(clause.id())), e(clause.id()), e(clause.title()), japanese, english,
                clause.rules().isEmpty() ? (clause.decisionBearing() ? "<p><strong class=\"bad\">no rule</strong></p>" : "<p>nothing to decide</p>")
                        : list(clause.rules(), true),
                list(join(clause.testCases(), clause.scenarios()), false));
    }

    private static String render(Coverage coverage, String caption, String selector) {
        StringBuilder html = new StringBuilder("""
                <h1>The tariff</h1>
                <p>Each clause, the rules and table rows of the release serving that encode it, and the test cases and
                scenarios that exercise it. Open a clause for its text.</p>
                <p class="version">Rows of %s.</p>
                %s""".formatted(e(caption), selector)).append("""
                <div class="scroll"><table class="clauses"><thead><tr><th scope="col">Clause</th><th scope="col">What it is about</th>
                <th scope="col">Encoded by</th><th scope="col">Exercised by</th></tr></thead><tbody>
                """);
        for (Coverage.ClauseLine clause : coverage.clauses()) {
            html.append("<tr id=\"clause-").append(e(Html.id(clause.id()))).append("\"><th scope=\"row\"><a href=\"/workbench/tariff/").append(e(Html.url(clause.id()))).append("\">")
                    .append(e(clause.id())).append("</a></th><td>").append(e(clause.title())).append("</td><td>");
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
