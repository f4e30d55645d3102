package kitei.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.check.Scenario;
import kitei.engine.RuleInfo;
import kitei.tariff.Clauses;
import kitei.tariff.Codes;
import kitei.tariff.Clauses.Clause;

/**
 * Each clause of the tariff with the rules and table rows that encode it and the test cases and
 * scenarios that exercise it; and the decision-bearing clauses that lack either.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Coverage(List<ClauseLine> clauses, Map<String, List<String>> articleRules, List<String> notEncoded,
                       List<String> notExercised, Boolean testCasesAvailable) {

    /** One clause: where it is encoded, and what exercises it. {@code testCases} is null when the case files are not at hand. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClauseLine(String id, String title, boolean decisionBearing, List<String> codes, List<String> rules,
                             List<String> testCases, List<String> scenarios) {
    }

    /**
     * @param cases null when the case files are not at hand (a service run from the jar)
     */
    public static Coverage of(Collection<RuleInfo> rules, List<CaseRef> cases, List<Scenario> scenarios) {
        List<ClauseLine> lines = new ArrayList<>();
        List<String> notEncoded = new ArrayList<>();
        List<String> notExercised = new ArrayList<>();
        List<RuleInfo> sorted = rules.stream().sorted(Comparator.comparing((RuleInfo r) -> r.source().toString())).toList();
        for (Clause clause : Clauses.all()) {
            List<String> encoding = new ArrayList<>(sorted.stream().filter(r -> clause.id().equals(r.clause())).map(Coverage::describe).toList());
            if (clause.decidedAtInput() != null) {
                encoding.add(clause.decidedAtInput());
            }
            List<String> caseNames = cases == null ? null : cases.stream()
                    .filter(c -> c.clauses().contains(clause.id())).map(c -> c.file() + ": " + c.name()).toList();
            List<String> scenarioNames = scenarios.stream()
                    .filter(s -> s.clauses().contains(clause.id())).map(s -> s.where() + ": " + s.name()).toList();
            List<String> codes = Codes.all().stream().filter(code -> code.clause().equals(clause.id())).map(Codes.Code::code).toList();
            lines.add(new ClauseLine(clause.id(), clause.title(), clause.decisionBearing(), codes, encoding, caseNames, scenarioNames));
            if (clause.decisionBearing() && encoding.isEmpty()) {
                notEncoded.add(clause.id());
            }
            if (clause.decisionBearing() && (caseNames == null || caseNames.isEmpty()) && scenarioNames.isEmpty()) {
                notExercised.add(clause.id());
            }
        }
        Map<String, List<String>> articleRules = new TreeMap<>();
        for (RuleInfo rule : sorted) {
            if (rule.clause() != null && Clauses.find(rule.clause()).isEmpty()) {
                articleRules.computeIfAbsent(rule.clause(), id -> new ArrayList<>()).add(describe(rule));
            }
        }
        return new Coverage(lines, articleRules, notEncoded, notExercised, cases != null);
    }

    private static String describe(RuleInfo rule) {
        return rule.source() + " (" + rule.name() + ")";
    }

    /** The report as plain text, clause by clause, for {@code check}. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (ClauseLine line : clauses) {
            text.append(String.format("%-7s %-55s %s%n", line.id(), line.title(),
                    line.decisionBearing() ? line.rules().size() + " rule(s)/row(s), "
                            + (line.testCases() == null ? "cases n/a" : line.testCases().size() + " case(s)") + ", "
                            + line.scenarios().size() + " scenario(s)" : "not decision-bearing"));
            line.codes().forEach(code -> text.append("          gives code ").append(code).append('\n'));
            line.rules().forEach(rule -> text.append("          encoded by ").append(rule).append('\n'));
        }
        articleRules.forEach((id, rules) -> rules.forEach(rule -> text.append(String.format("%-7s (whole article) %s%n", id, rule))));
        text.append("decision-bearing clauses with no rule or row: ").append(notEncoded.isEmpty() ? "none" : String.join(", ", notEncoded)).append('\n');
        text.append("decision-bearing clauses no test case or scenario exercises: ")
                .append(notExercised.isEmpty() ? "none" : String.join(", ", notExercised))
                .append(Boolean.TRUE.equals(testCasesAvailable) ? "" : " (test case files not at hand; scenarios only)").append('\n');
        return text.toString();
    }
}
