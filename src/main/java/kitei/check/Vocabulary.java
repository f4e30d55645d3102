package kitei.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.eligibility.MobileServiceType;
import kitei.tariff.Codes;

/**
 * The analysts' vocabulary as the gate reads it from decision-tables/vocabulary.xlsx: the item
 * categories, plans and network types of each mobile service that qualify for the VPDN item of its
 * type (A5.3–A5.5). The same rows are rules: the engine reads them to decide who qualifies, so the
 * gate and the engine cannot disagree on them.
 */
record Vocabulary(Map<MobileServiceType, List<String>> qualifiers, Map<MobileServiceType, String> nouns) {

    static final String FILE = "decision-tables/vocabulary.xlsx";
    static final String QUALIFYING = "QualifyingMobileServices";

    static Vocabulary of(List<DecisionTable> tables) {
        Map<MobileServiceType, List<String>> qualifiers = new LinkedHashMap<>();
        Map<MobileServiceType, String> nouns = new LinkedHashMap<>();
        for (MobileServiceType type : MobileServiceType.values()) {
            qualifiers.put(type, new ArrayList<>());
        }
        for (DecisionTable table : tables) {
            if (!table.name().equals(QUALIFYING) || table.columns().size() < 3) {
                continue;
            }
            Column service = table.columns().get(0);
            Column value = table.columns().get(1);
            Column noun = table.columns().get(2);
            for (TableRow row : table.rows()) {
                ContractWords.mobileType(row.value(service)).ifPresent(type -> {
                    qualifiers.get(type).add(row.value(value));
                    if (!row.value(noun).isEmpty()) {
                        nouns.putIfAbsent(type, row.value(noun));
                    }
                });
            }
        }
        return new Vocabulary(qualifiers, nouns);
    }

    List<String> qualifiers(MobileServiceType type) {
        return qualifiers.getOrDefault(type, List.of());
    }

    String noun(MobileServiceType type) {
        return nouns.getOrDefault(type, "item category, plan or network type");
    }

    /** The clause a qualifying value of the mobile service encodes: that of the prerequisite it satisfies. */
    static Optional<String> clauseOf(MobileServiceType type) {
        return Codes.all().stream().filter(code -> code.kind() == Codes.Kind.VIOLATION && code.subjects().contains("MOBILE_" + type))
                .map(Codes.Code::clause).findFirst();
    }

    /** Each row of the vocabulary cites the clause of the prerequisite its value satisfies. */
    static List<Issue> check(DecisionTable table) {
        if (!table.name().equals(QUALIFYING) || table.columns().size() < 4) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        Column service = table.columns().get(0);
        Optional<Column> clause = table.columns().stream().filter(c -> c.template().replace(" ", "").startsWith("clause(")).findFirst();
        for (TableRow row : table.rows()) {
            for (Column condition : table.columns().subList(0, 2)) {
                if (row.value(condition).isEmpty()) {
                    issues.add(Issue.error(table.at(row, condition), "this cell is empty, and an empty condition matches anything:"
                            + " the row would make every " + (condition == service ? "mobile service with this value"
                            : "item category, plan or network type of its mobile service") + " qualify; name one"));
                }
            }
            Optional<MobileServiceType> type = ContractWords.mobileType(row.value(service));
            if (type.isEmpty() || clause.isEmpty()) {
                continue;
            }
            String expected = clauseOf(type.get()).orElse("");
            String cited = row.value(clause.get());
            if (!expected.isEmpty() && !cited.equals(expected)) {
                issues.add(Issue.error(table.at(row, clause.get()), "a qualifying value of IIJ Mobile Service " + type.get()
                        + " satisfies the prerequisite of clause " + expected + ", so this row cites " + expected + ", not '" + cited + "'"));
            }
        }
        return issues;
    }
}
