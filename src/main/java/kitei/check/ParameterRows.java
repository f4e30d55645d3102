package kitei.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.parameters.Declaration;
import kitei.parameters.Declarations;

/**
 * Holds the Parameters table to {@link Declarations}, the one declaration of each parameter the
 * engine reads by: each row names a declared parameter, with its unit and clause, a value the rules
 * can compute with, and the decision that reads it; and every declared parameter has its row.
 */
final class ParameterRows {

    static final String TABLE = "Parameters";

    private ParameterRows() {
    }

    static List<Issue> check(DecisionTable table) {
        if (!table.name().equals(TABLE)) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        Optional<Column> name = column(table, "name");
        Optional<Column> value = column(table, "value");
        Optional<Column> unit = column(table, "unit");
        Optional<Column> clause = table.columns().stream().filter(c -> c.template().replace(" ", "").startsWith("clause(")).findFirst();
        Optional<Column> usedBy = table.columns().stream().filter(c -> c.template().contains("DecisionKind.")).findFirst();
        Optional<Column> subject = table.columns().stream().filter(c -> c.template().contains("Subject.")).findFirst();
        if (name.isEmpty() || value.isEmpty()) {
            return List.of(); // the machinery check refuses a header block without them
        }
        Set<String> present = new HashSet<>();
        for (TableRow row : table.rows()) {
            String named = row.value(name.get());
            Optional<Declaration> declared = Declarations.find(named);
            if (declared.isEmpty()) {
                issues.add(Issue.error(table.at(row, name.get()), "'" + named + "' is not a parameter the rules read"
                        + NearMiss.hint(named, Declarations.names()) + "; the parameters are " + String.join(", ", Declarations.names())
                        + ". A new parameter is a rules change: the developers declare it in kitei.parameters.Declarations"
                        + " and write the rule that reads it"));
                continue;
            }
            present.add(named);
            Declaration d = declared.get();
            d.refusal(row.value(value.get())).ifPresent(refusal -> issues.add(Issue.error(table.at(row, value.get()), refusal)));
            unit.filter(u -> !row.value(u).equals(d.unit())).ifPresent(u -> issues.add(Issue.error(table.at(row, u),
                    "the unit of " + named + " is " + d.unit() + ", not '" + row.value(u) + "'; the rules read the value in " + d.unit())));
            clause.filter(c -> !row.value(c).equals(d.clause())).ifPresent(c -> issues.add(Issue.error(table.at(row, c),
                    named + " encodes clause " + d.clause() + ", not '" + row.value(c) + "'")));
            usedBy.filter(u -> !TableValues.words(u, row.value(u)).contains(d.usedBy().name())).ifPresent(u -> issues.add(Issue.error(
                    table.at(row, u), "the " + d.usedBy() + " decision reads " + named + ", so this cell must list " + d.usedBy()
                            + "; without it that decision finds no value and cannot answer")));
            subject.filter(s -> !row.value(s).equals(d.subject())).ifPresent(s -> issues.add(Issue.error(table.at(row, s),
                    d.subject().isEmpty() ? named + " is read for the cancellation of contracts and options alike; leave this cell empty"
                            : named + " is read for the cancellation of " + (d.subject().equals("CONTRACT") ? "a contract" : "an option")
                            + "; this cell must say " + d.subject())));
        }
        for (Declaration d : Declarations.ALL) {
            if (!present.contains(d.name())) {
                issues.add(Issue.error(table.header(), "no row gives " + d.name() + " (" + d.clause() + "), which the "
                        + d.usedBy() + " decision reads; add a row with its value, " + (d.isChoice()
                        ? "one of " + String.join(", ", d.choiceNames()) : "a whole number " + d.range())));
            }
        }
        return issues;
    }

    private static Optional<Column> column(DecisionTable table, String english) {
        return table.columns().stream().filter(c -> c.shortLabel().toLowerCase(Locale.ROOT).equals(english)).findFirst();
    }
}
