package kitei.workbench;

import static kitei.workbench.Html.e;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.vertx.ext.web.RoutingContext;
import kitei.engine.TableVersions;

/**
 * Which version of the tables a page shows: the base ({@code decision-tables/*.xlsx}) or the revision in
 * force from a day ({@code decision-tables/from-YYYY-MM-DD/}), chosen by {@code ?version=YYYY-MM-DD}.
 */
public record TableVersion(LocalDate day) {

    public static final TableVersion BASE = new TableVersion(null);
    private static final String TABLES = "decision-tables/";

    /** The days of the dated folders among the paths of a release. */
    public static NavigableSet<LocalDate> days(Collection<String> paths) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (String path : paths) {
            String base = TableVersions.basePath(path);
            if (!base.equals(path)) {
                days.add(TableVersions.dayOf(path.substring(TABLES.length(), path.lastIndexOf('/'))));
            }
        }
        return days;
    }

    /** The version asked for, or empty (and a 404 page sent) when the release has no revision from that day. */
    public static Optional<TableVersion> asked(RoutingContext context, NavigableSet<LocalDate> days) {
        String asked = Optional.ofNullable(context.request().getParam("version")).orElse("").strip();
        if (asked.isEmpty()) {
            return Optional.of(BASE);
        }
        Optional<LocalDate> day = days.stream().filter(known -> known.toString().equals(asked)).findFirst();
        if (day.isEmpty()) {
            Page.error(context, 404, "No such version", "This release has no tables in force from " + asked
                    + (days.isEmpty() ? "; it has only its base version." : "; its versions are from " + days + "."));
        }
        return day.map(TableVersion::new);
    }

    /** Workbook name → the path of the workbook this version uses: the base's, replaced by each revision up to its day. */
    public Map<String, String> workbooks(Collection<String> paths) {
        Map<String, String> inForce = new TreeMap<>();
        paths.stream().filter(path -> path.startsWith(TABLES) && path.endsWith(".xlsx") && TableVersions.basePath(path).equals(path)
                && path.indexOf('/', TABLES.length()) < 0).forEach(path -> inForce.put(path.substring(TABLES.length()), path));
        if (day != null) {
            for (LocalDate revision : days(paths).headSet(day, true)) {
                String folder = TableVersions.folderOf(revision) + "/";
                paths.stream().filter(path -> path.startsWith(folder) && path.endsWith(".xlsx"))
                        .forEach(path -> inForce.put(path.substring(folder.length()), path));
            }
        }
        return inForce;
    }

    /** {@code version=DAY} for a link, or empty for the base. */
    public String parameter() {
        return day == null ? "" : "version=" + day;
    }

    public String caption() {
        return day == null ? "the base version of the tables" : "the tables in force from " + day;
    }

    /** A small GET form choosing among the versions, keeping the other query parameters as hidden fields. */
    public String selector(String action, NavigableSet<LocalDate> days, Map<String, String> keep) {
        if (days.isEmpty()) {
            return "<p class=\"version\">One version of the tables: no revision is dated (decision-tables/from-YYYY-MM-DD/).</p>";
        }
        StringBuilder html = new StringBuilder("<form method=\"get\" action=\"").append(e(action)).append("\" class=\"inline version-choice\">");
        keep.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(e(name)).append("\" value=\"").append(e(value)).append("\">"));
        html.append("<label for=\"version\">Version</label><select id=\"version\" name=\"version\">")
                .append("<option value=\"\"").append(day == null ? " selected" : "").append(">base, before ").append(e(days.first())).append("</option>");
        for (LocalDate revision : days) {
            html.append("<option value=\"").append(e(revision)).append("\"").append(revision.equals(day) ? " selected" : "")
                    .append(">in force from ").append(e(revision)).append("</option>");
        }
        return html.append("</select> <button type=\"submit\">Show</button></form>").toString();
    }
}
