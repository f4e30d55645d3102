package kitei.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kitei.decision.Asking;
import kitei.engine.RuleBase;
import kitei.engine.RuleSources;
import kitei.engine.TableVersions;
import kitei.tariff.TariffVersion;

/**
 * What the gate checks of the versions of the tables ({@link TableVersions}): every dated folder named
 * for a day and holding only workbooks the base holds, each version's tables complete on their own
 * (its own and the ones it inherits), and every revision in force after the base text.
 */
final class VersionChecks {

    private VersionChecks() {
    }

    /** A workbook in a folder that is no day, or of a name the base does not hold: nothing is built. */
    static List<Issue> misplaced(RuleSources sources) {
        return TableVersions.misplaced(sources).stream()
                .map(found -> Issue.error(Where.file(found.path()), found.problem()))
                .toList();
    }

    /** The gaps of each version's tables: a revision may drop a row its base has. Each gap is reported once. */
    static List<Issue> gaps(RuleSources sources, Map<String, List<DecisionTable>> tables) {
        TableVersions versions = TableVersions.of(sources);
        Set<Issue> gaps = new LinkedHashSet<>(TableShape.gaps(tablesOf(versions.base(), tables)));
        versions.revisions().forEach((day, revision) -> TableShape.gaps(tablesOf(revision, tables)).forEach(gap ->
                gaps.add(Issue.error(gap.where(), "in the version in force from " + day + " (" + TableVersions.folderOf(day)
                        + "/ and the workbooks it inherits): " + gap.message()))));
        return List.copyOf(gaps);
    }

    /** A revision dated on or before the base text's day would never be the one in force as the base means it. */
    static List<Issue> days(RuleBase candidate, Clock clock) {
        List<TariffVersion> versions = new Asking(clock).versions(candidate);
        LocalDate base = versions.get(0).inForceFrom();
        List<Issue> issues = new ArrayList<>();
        for (LocalDate day : candidate.revisions().keySet()) {
            if (!day.isAfter(base)) {
                issues.add(Issue.error(Where.file(TableVersions.folderOf(day) + "/"), "is dated " + day + ", but the base text is in force from "
                        + base + " (SP): a revision changes the tables from a day after it; name the folder for that day"));
            }
        }
        return issues;
    }

    private static List<DecisionTable> tablesOf(RuleSources version, Map<String, List<DecisionTable>> tables) {
        return version.files().keySet().stream()
                .filter(tables::containsKey)
                .flatMap(path -> tables.get(path).stream())
                .toList();
    }
}
