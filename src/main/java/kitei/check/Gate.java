package kitei.check;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import kitei.check.confined.ConfinedGate;
import kitei.coverage.CaseRef;
import kitei.coverage.VersionCoverage;
import kitei.decision.Asking;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleBaseException;
import kitei.engine.RuleInfo;
import kitei.engine.RuleSources;
import kitei.tariff.Clauses;

/**
 * What a candidate set of rules and tables must pass before it serves, the same for {@code check},
 * for a reload and for an upload: every workbook within its bounds and readable, its machinery as the
 * rule authors reviewed it ({@link Machinery}), every data cell data and of the right kind, no rows that
 * overlap, no gaps, a rule base that builds, every rule citing a clause, and every scenario passing.
 * Problems are located in the analyst's terms (file, sheet and cell, or DRL file and line).
 */
public final class Gate {

    private final Clock clock;
    private final ConfinedGate confined;

    /** The gate run in this process: for the gate's own process, the build, and tests of the gate itself. */
    public Gate(Clock clock) {
        this(clock, null);
    }

    private Gate(Clock clock, ConfinedGate confined) {
        this.clock = clock;
        this.confined = confined;
    }

    /**
     * The gate run in a process of its own ({@link ConfinedGate}): what the service and {@code check}
     * use, so that a candidate's rules never run in the process that serves, or that reports.
     */
    public static Gate confined(Clock clock) {
        return new Gate(clock, new ConfinedGate(clock, ConfinedGate.Limits.standard()));
    }

    public static Gate confined(Clock clock, ConfinedGate.Limits limits) {
        return new Gate(clock, new ConfinedGate(clock, limits));
    }

    /** The outcome: the candidate rule base when nothing refused it, every issue found, and the scenarios run. */
    public record Result(RuleBase candidate, List<Issue> issues, List<ScenarioResult> scenarios, List<VersionCoverage> coverage,
                         long millis) {

        public boolean accepted() {
            return candidate != null && errors().isEmpty();
        }

        public List<Issue> errors() {
            return issues.stream().filter(Issue::isError).toList();
        }

        public List<Issue> warnings() {
            return issues.stream().filter(issue -> !issue.isError()).toList();
        }
    }

    public Result check(RuleSources sources, ScenarioBook.Read scenarios, List<CaseRef> cases) {
        if (confined != null) {
            return confined.check(sources, scenarios, cases);
        }
        long started = System.nanoTime();
        List<Issue> issues = new ArrayList<>();
        Map<String, List<DecisionTable>> tables = new LinkedHashMap<>();
        Map<String, GeneratedDrl> generated = new LinkedHashMap<>();
        List<Issue> misplaced = VersionChecks.misplaced(sources);
        issues.addAll(misplaced);
        boolean unreadable = readWorkbooks(sources, tables, generated, issues) || !misplaced.isEmpty();
        List<DecisionTable> all = tables.values().stream().flatMap(List::stream).toList();
        Vocabulary vocabulary = Vocabulary.of(all);
        for (DecisionTable table : all) {
            issues.addAll(TableValues.check(table, vocabulary));
            issues.addAll(Vocabulary.check(table));
            issues.addAll(ParameterRows.check(table));
            issues.addAll(TableShape.overlaps(table));
        }
        if (!unreadable) {
            issues.addAll(VersionChecks.gaps(sources, tables));
        }
        issues.addAll(DrlCodes.check(sources));
        RuleBase candidate = unreadable ? null : build(sources, tables, generated, issues);
        List<ScenarioResult> results = List.of();
        List<VersionCoverage> coverage = null;
        issues.addAll(scenarios.issues());
        if (candidate != null) {
            issues.addAll(clausesOf(candidate));
            issues.addAll(VersionChecks.days(candidate, clock));
            results = new ScenariosPerVersion(clock).run(candidate, scenarios.scenarios());
            for (ScenarioResult result : results) {
                if (!result.passed()) {
                    issues.add(Issue.error(result.scenario().where(), "scenario '" + result.scenario().name() + "' fails: "
                            + String.join("; ", result.differences())));
                }
            }
            coverage = VersionCoverage.each(candidate, new Asking(clock), cases, scenarios.scenarios());
            issues.addAll(notEncoded(coverage));
        }
        return new Result(issues.stream().anyMatch(Issue::isError) ? null : candidate, List.copyOf(issues), results, coverage,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A warning per decision-bearing clause with no rule or row: in every version, or in the versions it names. */
    private static List<Issue> notEncoded(List<VersionCoverage> versions) {
        Map<String, List<String>> missing = new TreeMap<>();
        versions.forEach(version -> version.coverage().notEncoded().forEach(clause ->
                missing.computeIfAbsent(clause, c -> new ArrayList<>()).add(version.version())));
        List<Issue> warnings = new ArrayList<>();
        missing.forEach((clause, in) -> warnings.add(Issue.warning(Where.file("rules/"), "decision-bearing clause " + clause + " ("
                + Clauses.find(clause).map(Clauses.Clause::title).orElse("") + ") has no rule or table row"
                + (in.size() == versions.size() ? "" : " in version " + String.join(", ", in)))));
        return warnings;
    }

    /**
     * Reads each workbook after bounding what it unpacks to, and refuses what must not reach the engine:
     * machinery that differs from the reviewed copy, data cells that would become code, formulas, and
     * tables past {@link DecisionTable#MAX_ROWS}. True when nothing may be built (then nothing runs).
     */
    private static boolean readWorkbooks(RuleSources sources, Map<String, List<DecisionTable>> tables,
                                         Map<String, GeneratedDrl> generated, List<Issue> issues) {
        boolean unbuildable = false;
        Machinery machinery = new Machinery(Map.of());
        try {
            machinery = Machinery.of(sources);
        } catch (IOException | RuntimeException unreadable) {
            unbuildable = true;
            issues.add(Issue.error(Where.file(Machinery.PATH), "cannot be read as the workbooks' reviewed machinery: " + reason(unreadable)));
        }
        for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
            if (!file.getKey().endsWith(".xlsx")) {
                continue;
            }
            Optional<String> excess = UnpackedSize.excess(file.getValue());
            if (excess.isPresent()) {
                unbuildable = true;
                issues.add(Issue.error(Where.file(file.getKey()), excess.get()));
                continue;
            }
            try {
                TableBook book = TableBook.read(file.getKey(), file.getValue());
                tables.put(file.getKey(), book.tables());
                List<Issue> refused = notData(book, machinery);
                issues.addAll(refused);
                if (!refused.isEmpty()) {
                    unbuildable = true;
                    continue;
                }
                if (book.tables().isEmpty()) {
                    issues.add(Issue.error(Where.file(file.getKey()), "has no cell 'RuleTable <name>', so it holds no rules; "
                            + "keep the header block (RuleSet, Import, RuleTable and its four rows) above the rows"));
                    continue;
                }
                generated.put(file.getKey(), GeneratedDrl.compile(file.getKey(), file.getValue(), book.tables()));
            } catch (IOException | RuntimeException notAWorkbook) {
                unbuildable = true;
                issues.add(Issue.error(Where.file(file.getKey()), "is not an Excel workbook (.xlsx) that can be opened"
                        + " (damaged, truncated, or another kind of file saved under this name): " + reason(notAWorkbook)));
            }
        }
        return unbuildable;
    }

    /** What in a workbook is not an analyst's data: changed machinery, cells that would become code, formulas, rows past the bound. */
    private static List<Issue> notData(TableBook book, Machinery machinery) {
        List<Issue> issues = new ArrayList<>(machinery.check(book));
        for (Where formula : book.formulas()) {
            issues.add(Issue.error(formula, "holds a formula; the rule engine computes it, so what it checks is not what the table shows;"
                    + " type the value itself"));
        }
        for (DecisionTable table : book.tables()) {
            issues.addAll(DataCells.check(table));
            issues.addAll(strays(table));
            table.pastBound().ifPresent(row -> issues.add(Issue.error(table.at(row, table.columns().get(0)), "row " + row.number()
                    + " is past the " + DecisionTable.MAX_ROWS + " rows a table may hold (this one has " + table.rows().size()
                    + "): each row is a rule the engine compiles, and thousands exhaust the service's memory; merge rows or split the table")));
        }
        return issues;
    }

    /** Rows below an empty row: the engine stops reading at the first empty row, so they would be dropped silently. */
    private static List<Issue> strays(DecisionTable table) {
        List<Issue> issues = new ArrayList<>();
        for (DecisionTable.TableRow stray : table.strays()) {
            int[] gap = table.gapAbove(stray);
            String empty = gap[0] == gap[1] ? "the empty row " + gap[0] : "the empty rows " + gap[0] + " to " + gap[1];
            DecisionTable.Column first = table.columns().stream().filter(c -> !stray.value(c).isEmpty()).findFirst().orElseThrow();
            issues.add(Issue.error(table.at(stray, first), "row " + stray.number() + " is below " + empty + ", and the rule engine"
                    + " stops reading a table at its first empty row, so this row would be ignored; delete the empty "
                    + (gap[0] == gap[1] ? "row" : "rows") + " so that it is read, or clear it"));
        }
        return issues;
    }

    private static RuleBase build(RuleSources sources, Map<String, List<DecisionTable>> tables,
                                  Map<String, GeneratedDrl> generated, List<Issue> issues) {
        try {
            return new RuleBaseBuilder().build(sources);
        } catch (RuleBaseException refused) {
            Set<Where> flagged = new HashSet<>();
            issues.forEach(issue -> flagged.add(issue.where()));
            for (Issue issue : new BuildErrors(sources, generated, tables).locate(refused.problems())) {
                if (!flagged.contains(issue.where())) {
                    issues.add(issue);
                }
            }
            if (issues.stream().noneMatch(Issue::isError)) {
                issues.add(Issue.error(Where.file("(rule base)"), refused.getMessage()));
            }
            return null;
        } catch (RuntimeException failed) {
            issues.add(Issue.error(Where.file("(rule base)"), "the rule base could not be built: " + reason(failed)));
            return null;
        }
    }

    /** Every DRL rule cites a clause of the tariff ({@code @clause("A5.3")}); table rows are checked cell by cell. */
    private static List<Issue> clausesOf(RuleBase candidate) {
        List<Issue> issues = new ArrayList<>();
        for (RuleInfo rule : candidate.rules()) {
            if (rule.source().isTableRow()) {
                continue;
            }
            Where where = Where.line(rule.source().file(), rule.source().line());
            if (rule.clause() == null || rule.clause().isBlank()) {
                issues.add(Issue.error(where, "rule \"" + rule.name() + "\" cites no clause; add @clause(\"A…\") under its name"));
            } else if (!Clauses.isKnown(rule.clause())) {
                issues.add(Issue.error(where, "rule \"" + rule.name() + "\" cites '" + rule.clause()
                        + "', which is not a clause id of the tariff (ARTICLES.md)"));
            }
        }
        return issues;
    }

    private static String reason(Exception failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
