package kitei.check;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.tariff.Codes;
import kitei.tariff.Codes.Code;

/**
 * Whether the code a table row gives fits the row, by the code catalogue ({@link Codes}): a code of
 * the API, of the kind the table gives, under its own clause, and about what the row is about (the
 * services, items and set-up flags its conditions name). A code means one thing to whoever reads the
 * answers, so a row about something else needs a code of its own, and a new code is a change of the
 * HTTP contract.
 */
final class CodeFit {

    /** A5.6.7 lets IIJ designate more obligations: a row citing it may bring a code of its own. */
    static final String OPEN_CLAUSE = "A5.6.7";
    private static final String CONTRACT_CHANGE = "A new code is a change of the HTTP contract: the developers add it to"
            + " spec/API.md, the clause map (ARTICLES.md) and the code catalogue (kitei.tariff.Codes), and then a row can give it";

    private CodeFit() {
    }

    static Optional<Issue> check(DecisionTable table, TableRow row, Column column, String code) {
        Where at = table.at(row, column);
        String cited = clauseOf(table, row);
        Optional<Code> known = Codes.find(code);
        Optional<Codes.Kind> kind = kindOf(table);
        if (known.isEmpty()) {
            if (cited.equals(OPEN_CLAUSE) && kind.orElse(null) == Codes.Kind.PENDING_ACTION) {
                return Codes.DESIGNATED_CODE.matcher(code).matches() ? Optional.empty() : Optional.of(Issue.error(at, "'" + code
                        + "' is not written as a code: capital letters, digits and underscores, like ROUTER_SETUP"));
            }
            return Optional.of(Issue.error(at, "'" + code + "' is not a code of the API"
                    + NearMiss.hint(code, Codes.all().stream().map(Code::code).toList()) + ". " + CONTRACT_CHANGE
                    + ". Only an obligation IIJ designates under " + OPEN_CLAUSE + " brings a code of its own, on a row citing " + OPEN_CLAUSE));
        }
        Code given = known.get();
        if (kind.isPresent() && kind.get() != given.kind()) {
            return Optional.of(Issue.error(at, "code " + code + " is a " + words(given.kind()) + " code, and this table gives "
                    + words(kind.get()) + "s"));
        }
        if (kitei.tariff.Clauses.isKnown(cited) && !given.clause().equals(cited)) {
            return Optional.of(Issue.error(at, "code " + code + " belongs to clause " + given.clause() + ", and this row cites " + cited));
        }
        if (!given.givenByTables()) {
            return Optional.of(Issue.error(at, "code " + code + " (" + given.concerns() + ") is given by a rule under rules/, not by a"
                    + " table row; a row about something else needs a code of its own. " + CONTRACT_CHANGE));
        }
        Set<String> named = subjects(table, row);
        if (!named.equals(given.subjects())) {
            return Optional.of(Issue.error(at, "code " + code + " concerns " + given.concerns() + " (" + String.join(", ",
                    new TreeSet<>(given.subjects())) + "), and this row is about " + String.join(", ", named) + ". A code means one"
                    + " thing to whoever reads the answers, so this row needs a code of its own. " + CONTRACT_CHANGE));
        }
        return Optional.empty();
    }

    /** The services, items and set-up flags a row's conditions name, as the catalogue spells them. */
    static Set<String> subjects(DecisionTable table, TableRow row) {
        Set<String> named = new TreeSet<>();
        for (Column column : table.columns()) {
            if (!column.isCondition() || column.template().contains("qualifier ==")) {
                continue;
            }
            String prefix = column.template().contains("VpdnItem.") ? "VPDN_" : column.template().contains("MobileServiceType.") ? "MOBILE_" : "";
            TableValues.words(column, row.value(column)).stream().filter(w -> !w.isEmpty()).forEach(w -> named.add(prefix + w));
        }
        return named;
    }

    private static String clauseOf(DecisionTable table, TableRow row) {
        return table.columns().stream().filter(c -> c.template().replace(" ", "").startsWith("clause("))
                .map(row::value).findFirst().orElse("");
    }

    /** What the table's action inserts: {@code Finding.conflict(…)} gives conflicts, and so on. */
    private static Optional<Codes.Kind> kindOf(DecisionTable table) {
        for (Column column : table.columns()) {
            String template = column.template();
            if (template.contains("Finding.violation")) {
                return Optional.of(Codes.Kind.VIOLATION);
            } else if (template.contains("Finding.conflict")) {
                return Optional.of(Codes.Kind.CONFLICT);
            } else if (template.contains("Finding.pending")) {
                return Optional.of(Codes.Kind.PENDING_ACTION);
            } else if (template.contains("Finding.warning")) {
                return Optional.of(Codes.Kind.WARNING);
            }
        }
        return Optional.empty();
    }

    private static String words(Codes.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
