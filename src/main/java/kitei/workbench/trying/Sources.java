package kitei.workbench.trying;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kitei.workbench.Html;
import kitei.workbench.tables.TableView;

/**
 * Where a trace entry's rule is written, as a link on the workbench: a table row
 * ({@code decision-tables/conflicts.xlsx!Conflicts!row 14} → the workbook's page, that row highlighted; a dated
 * workbook's, {@code decision-tables/from-2027-04-01/...}, → that version's page)
 * or a DRL line (what follows the source, such as the rule's name, is ignored) ({@code rules/eligibility/a5-realm.drl:10} → the file, that line highlighted).
 */
public final class Sources {

    private static final Pattern ROW = Pattern.compile("decision-tables/(?:from-(\\d{4}-\\d{2}-\\d{2})/)?([A-Za-z0-9._-]+\\.xlsx)!([^!]+)!row (\\d+)");
    private static final Pattern LINE = Pattern.compile("(rules/[A-Za-z0-9/._-]+\\.drl):(\\d+)");

    private Sources() {
    }

    public static Optional<String> link(String source) {
        if (source == null) {
            return Optional.empty();
        }
        Matcher row = ROW.matcher(source);
        if (row.lookingAt()) {
            return Optional.of("/workbench/tables/" + Html.url(row.group(2)) + (row.group(1) == null ? "" : "?version=" + row.group(1)) + "#"
                    + TableView.rowId(row.group(3), Integer.parseInt(row.group(4))));
        }
        Matcher line = LINE.matcher(source);
        if (line.lookingAt()) {
            return Optional.of("/workbench/" + line.group(1) + "#L" + line.group(2));
        }
        return Optional.empty();
    }
}
