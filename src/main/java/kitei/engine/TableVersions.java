package kitei.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of the tables in one set of sources: the base ({@code decision-tables/*.xlsx}) and a
 * revision for each dated folder {@code decision-tables/from-YYYY-MM-DD/}, which holds the workbooks
 * that change from that day. A revision's sources are the base's with those workbooks put in place of
 * the base's of the same name, kept under their own path so that a trace names the dated workbook.
 * The rules (DRL) are the same in every version.
 */
public record TableVersions(RuleSources base, NavigableMap<LocalDate, RuleSources> revisions) {

    public static final String DATED_FOLDER = "from-";
    /**
     * Each version is a KIE base of its own, compiled and held in memory: a bound keeps a slip (a folder
     * per day) from exhausting the gate's or the service's heap.
     */
    public static final int MAX_REVISIONS = 8;
    private static final Pattern IN_FOLDER = Pattern.compile(Pattern.quote(RuleSources.TABLES_DIR + "/") + "([^/]+)/(.+)");
    private static final Pattern DAY = Pattern.compile("from-(\\d{4}-\\d{2}-\\d{2})");

    public TableVersions {
        revisions = Collections.unmodifiableNavigableMap(new TreeMap<>(revisions));
    }

    /** A workbook placed where no version can hold it, and why; the gate reports it at its path. */
    public record Misplaced(String path, String problem) {
    }

    /** The versions, or a {@link RuleBaseException} naming each misplaced workbook. */
    public static TableVersions of(RuleSources sources) {
        List<Misplaced> misplaced = misplaced(sources);
        if (!misplaced.isEmpty()) {
            throw new RuleBaseException(misplaced.stream().map(m -> new BuildProblem(m.path(), "", m.problem())).toList());
        }
        Map<String, byte[]> base = new TreeMap<>();
        Map<LocalDate, Map<String, byte[]>> dated = new TreeMap<>();
        sources.files().forEach((path, bytes) -> {
            Matcher inFolder = IN_FOLDER.matcher(path);
            if (RuleSources.isWorkbook(path) && inFolder.matches()) {
                dated.computeIfAbsent(dayOf(inFolder.group(1)), day -> new TreeMap<>()).put(path, bytes);
            } else {
                base.put(path, bytes);
            }
        });
        NavigableMap<LocalDate, RuleSources> revisions = new TreeMap<>();
        Map<String, byte[]> inForce = new TreeMap<>(base);
        dated.forEach((day, workbooks) -> {
            workbooks.forEach((path, bytes) -> {
                inForce.remove(basePathOf(path, inForce));
                inForce.put(path, bytes);
            });
            revisions.put(day, new RuleSources(sources.origin(), inForce));
        });
        return new TableVersions(new RuleSources(sources.origin(), base), revisions);
    }

    /** Every workbook in a folder that is not {@code from-YYYY-MM-DD} (a real day), or that the base does not hold. */
    public static List<Misplaced> misplaced(RuleSources sources) {
        List<Misplaced> found = new ArrayList<>();
        for (String path : sources.files().keySet()) {
            Matcher inFolder = IN_FOLDER.matcher(path);
            if (!RuleSources.isWorkbook(path) || !inFolder.matches()) {
                continue;
            }
            String folder = inFolder.group(1);
            String name = inFolder.group(2);
            Matcher day = DAY.matcher(folder);
            if (!day.matches()) {
                found.add(new Misplaced(path, "is in the folder '" + folder + "', which is not a day: a folder under "
                        + RuleSources.TABLES_DIR + "/ is named from-YYYY-MM-DD (from-2027-04-01), the day its workbooks are in force from"));
            } else if (parse(day.group(1)) == null) {
                found.add(new Misplaced(path, "is in the folder '" + folder + "', but " + day.group(1)
                        + " is not a day of the calendar; name the folder from-YYYY-MM-DD with a real day"));
            } else if (name.contains("/")) {
                found.add(new Misplaced(path, "is in a folder inside '" + folder + "'; put the workbook directly in "
                        + RuleSources.TABLES_DIR + "/" + folder + "/"));
            } else if (!sources.files().containsKey(RuleSources.TABLES_DIR + "/" + name)) {
                found.add(new Misplaced(path, "is not one of the base's workbooks (" + String.join(", ", baseNames(sources))
                        + "): a dated folder holds changed copies of those, under the same name"));
            }
        }
        List<String> days = sources.files().keySet().stream()
                .map(IN_FOLDER::matcher).filter(Matcher::matches).map(m -> m.group(1)).distinct().toList();
        if (days.size() > MAX_REVISIONS) {
            found.add(new Misplaced(RuleSources.TABLES_DIR + "/", "holds " + days.size() + " dated folders, more than the "
                    + MAX_REVISIONS + " revisions one release may stage: each is a rule base of its own, compiled and kept in memory"));
        }
        return found;
    }

    /** The base's path of a workbook in a dated folder ({@code decision-tables/from-2027-04-01/x.xlsx} → {@code decision-tables/x.xlsx}); any other path as it is. */
    public static String basePath(String path) {
        Matcher inFolder = IN_FOLDER.matcher(path);
        return inFolder.matches() && DAY.matcher(inFolder.group(1)).matches() && !inFolder.group(2).contains("/")
                ? RuleSources.TABLES_DIR + "/" + inFolder.group(2) : path;
    }

    /** The day a dated folder's workbooks are in force from. */
    public static LocalDate dayOf(String folder) {
        Matcher day = DAY.matcher(folder);
        LocalDate parsed = day.matches() ? parse(day.group(1)) : null;
        if (parsed == null) {
            throw new IllegalArgumentException("not a dated folder: " + folder);
        }
        return parsed;
    }

    /** The folder of a revision in force from {@code day}: {@code decision-tables/from-2027-04-01}. */
    public static String folderOf(LocalDate day) {
        return RuleSources.TABLES_DIR + "/" + DATED_FOLDER + day;
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static List<String> baseNames(RuleSources sources) {
        return sources.files().keySet().stream()
                .filter(path -> RuleSources.isWorkbook(path) && !IN_FOLDER.matcher(path).matches())
                .map(path -> path.substring(RuleSources.TABLES_DIR.length() + 1))
                .toList();
    }

    /** The path under which the version before holds the workbook of this name (the base's, or an earlier revision's). */
    private static String basePathOf(String datedPath, Map<String, byte[]> inForce) {
        String name = datedPath.substring(datedPath.lastIndexOf('/') + 1);
        return inForce.keySet().stream()
                .filter(path -> RuleSources.isWorkbook(path) && path.endsWith("/" + name))
                .findFirst().orElseThrow();
    }
}
