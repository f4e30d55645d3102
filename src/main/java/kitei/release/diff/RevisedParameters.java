package kitei.release.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import kitei.engine.RuleSources;
import kitei.engine.TableVersions;

/**
 * The parameters a staged revision changes from its day: each {@code decision-tables/from-…/parameters.xlsx}
 * that is new or changed in the newer release, compared with the parameters of the version before it
 * (the base's, or an earlier revision's), so a revision of NOTICE_DAYS reads 30 → 60 from 2027-04-01.
 */
final class RevisedParameters {

    private RevisedParameters() {
    }

    static List<ParameterChange> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<ParameterChange> changes = new ArrayList<>();
        TableVersions versions;
        try {
            versions = TableVersions.of(new RuleSources("diff", after));
        } catch (RuntimeException misplaced) {
            return changes; // the gate names misplaced workbooks; the diff compares what it can
        }
        String name = ParameterComparison.FILE.substring(ParameterComparison.FILE.lastIndexOf('/') + 1);
        LocalDate previous = null;
        for (LocalDate day : versions.revisions().keySet()) {
            String revised = TableVersions.folderOf(day) + "/" + name;
            byte[] now = after.get(revised);
            if (now != null && !Arrays.equals(now, before.get(revised))) {
                byte[] inherited = previous == null ? after.get(ParameterComparison.FILE)
                        : versions.revisions().get(previous).files().entrySet().stream()
                                .filter(file -> file.getKey().endsWith("/" + name)).map(Map.Entry::getValue).findFirst().orElse(null);
                ParameterComparison.between(inherited, now).forEach(change -> changes.add(change.from(day)));
            }
            previous = day;
        }
        return changes;
    }
}
