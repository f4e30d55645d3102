package kitei.workbench.trying;

import static kitei.workbench.Html.e;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.workbench.Html;

/**
 * An answer as a person reads it: the verdict first, then each finding with its clause and remedies,
 * then dates and amounts, and last the trace, each entry a link to the row or line of its rule.
 * A problem document reads as an error summary naming each field.
 */
final class AnswerView {

    private static final Set<String> SHOWN_APART = Set.of("decisionId", "verdict", "tariff", "trace");

    private AnswerView() {
    }

    static String render(int status, JsonNode answer) {
        if (status != 200) {
            return problem(answer);
        }
        StringBuilder html = new StringBuilder("<section class=\"answer\" aria-labelledby=\"answer-title\">");
        html.append("<h2 id=\"answer-title\">The answer</h2>");
        if (answer.has("verdict")) {
            String verdict = answer.path("verdict").asText();
            html.append("<p class=\"verdict verdict-").append(e(Html.id(verdict))).append("\" id=\"verdict\">").append(e(verdict)).append("</p>");
        }
        StringBuilder facts = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> fields = answer.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (SHOWN_APART.contains(field.getKey())) {
                continue;
            }
            if (isFindings(field.getValue())) {
                html.append(findings(field.getKey(), field.getValue()));
            } else if (!(field.getValue().isArray() && field.getValue().isEmpty())) {
                facts.append("<dt>").append(e(words(field.getKey()))).append("</dt><dd>").append(value(field.getKey(), field.getValue())).append("</dd>");
            }
        }
        if (!facts.isEmpty()) {
            html.append("<h3>Dates, amounts and details</h3><dl class=\"facts\">").append(facts).append("</dl>");
        }
        html.append("<p class=\"made-by\">Decision <code>").append(e(answer.path("decisionId").asText())).append("</code>, tariff text ")
                .append(e(answer.path("tariff").path("version").asText())).append(", rule base <code>")
                .append(e(answer.path("tariff").path("rulebase").asText())).append("</code></p>");
        html.append(trace(answer.path("trace")));
        return html.append("</section>").toString();
    }

    private static boolean isFindings(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode item : value) {
            if (!item.isObject() || !item.has("code")) {
                return false;
            }
        }
        return true;
    }

    private static String findings(String name, JsonNode items) {
        StringBuilder html = new StringBuilder("<h3>").append(e(words(name))).append("</h3>");
        if (items.isEmpty()) {
            return html.append("<p class=\"none\">None.</p>").toString();
        }
        html.append("<ul class=\"findings\">");
        for (JsonNode item : items) {
            html.append("<li><strong>").append(e(item.path("code").asText())).append("</strong>");
            if (item.hasNonNull("clause")) {
                html.append(" · ").append(clause(item.path("clause").asText()));
            }
            if (item.hasNonNull("message")) {
                html.append("<p>").append(e(item.path("message").asText())).append("</p>");
            }
            for (JsonNode remedy : item.path("remedies")) {
                html.append("<p class=\"remedy\">What to do: ").append(e(remedy.asText())).append("</p>");
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String trace(JsonNode trace) {
        if (!trace.isArray() || trace.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>Why: the rules that fired, in order</h3><ol class=\"trace\">");
        for (JsonNode entry : trace) {
            String source = entry.path("source").asText();
            String rule = e(entry.path("rule").asText());
            html.append("<li>").append(Sources.link(source).map(link -> "<a href=\"" + e(link) + "\">" + rule + "</a>").orElse(rule))
                    .append(" · ").append(clause(entry.path("clause").asText()))
                    .append("<br><span class=\"effect\">").append(e(entry.path("effect").asText())).append("</span>")
                    .append(" <span class=\"source\">").append(e(source)).append("</span></li>");
        }
        return html.append("</ol>").toString();
    }

    static String clause(String clause) {
        return "<a class=\"clause\" href=\"/workbench/tariff#clause-" + e(Html.id(clause)) + "\">" + e(clause) + "</a>";
    }

    private static String value(String key, JsonNode value) {
        if (value.isObject()) {
            StringBuilder html = new StringBuilder("<dl>");
            value.fields().forEachRemaining(field -> html.append("<dt>").append(e(words(field.getKey()))).append("</dt><dd>")
                    .append(value(field.getKey(), field.getValue())).append("</dd>"));
            return html.append("</dl>").toString();
        }
        if (value.isArray()) {
            StringBuilder html = new StringBuilder("<ul class=\"plain\">");
            value.forEach(item -> html.append("<li>").append(value(key, item)).append("</li>"));
            return html.append("</ul>").toString();
        }
        if (value.isNumber() && isMoney(key)) {
            return e(String.format("%,d yen", value.asLong()));
        }
        if (key.equals("clause")) {
            return clause(value.asText());
        }
        return e(value.asText());
    }

    private static boolean isMoney(String key) {
        String lower = key.toLowerCase();
        return lower.contains("amount") || lower.contains("fee") || lower.contains("price") || lower.contains("total")
                || lower.endsWith("yen");
    }

    /** {@code minimumPeriodEnd} → "minimum period end". */
    static String words(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String problem(JsonNode problem) {
        StringBuilder html = new StringBuilder("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"answer-problem\">");
        html.append("<h2>").append(e(problem.path("title").asText("There is a problem"))).append("</h2>");
        html.append("<p>").append(e(problem.path("detail").asText())).append("</p>");
        if (problem.path("errors").isArray() && !problem.path("errors").isEmpty()) {
            html.append("<ul>");
            for (JsonNode error : problem.path("errors")) {
                html.append("<li><code>").append(e(error.path("pointer").asText())).append("</code>: ")
                        .append(e(error.path("detail").asText())).append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</div>").toString();
    }
}
