package kitei.release.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import kitei.StagedRevision;
import kitei.engine.RuleSources;

/** The diff of a release that stages a revision: the parameters it changes, against the version before, and from which day. */
class ReleaseDiffOfARevisionTest {

    private static final Map<String, byte[]> REPO = RuleSources.fromDirectory(Path.of(".")).files();

    @Test
    void aStagedRevisionOfNoticeDaysReadsThirtyToSixtyFromItsDay() {
        Map<String, byte[]> staged = new TreeMap<>(REPO);
        staged.put(StagedRevision.REVISED, StagedRevision.sources().files().get(StagedRevision.REVISED));
        ReleaseDiff diff = ReleaseDiff.between(REPO, staged);
        assertEquals(List.of(new ParameterChange("NOTICE_DAYS", Change.CHANGED, "30", "60", "days", "A9", LocalDate.of(2027, 4, 1))),
                diff.parameters());
        assertTrue(diff.render().contains("  NOTICE_DAYS: 30 → 60 days (A9) from 2027-04-01"), diff.render());
    }

    @Test
    void aSecondRevisionIsComparedWithTheFirst() {
        Map<String, byte[]> first = new TreeMap<>(REPO);
        byte[] sixty = StagedRevision.sources().files().get(StagedRevision.REVISED);
        first.put(StagedRevision.REVISED, sixty);
        Map<String, byte[]> second = new TreeMap<>(first);
        second.put("decision-tables/from-2028-01-01/parameters.xlsx", StagedRevision.withParameter(sixty, "NOTICE_DAYS", 90));
        assertEquals(List.of(new ParameterChange("NOTICE_DAYS", Change.CHANGED, "60", "90", "days", "A9", LocalDate.of(2028, 1, 1))),
                ReleaseDiff.between(first, second).parameters());
    }
}
