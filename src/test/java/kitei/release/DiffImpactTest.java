package kitei.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which revisions a diff stages: a dated folder new or changed in the later release, its day still to come. */
class DiffImpactTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final byte[] A = {1};
    private static final byte[] B = {2};

    @Test
    void aNewOrChangedDatedFolderStillToComeIsStaged() {
        Map<String, byte[]> before = Map.of("decision-tables/parameters.xlsx", A, "decision-tables/from-2028-01-01/parameters.xlsx", A);
        Map<String, byte[]> after = Map.of("decision-tables/parameters.xlsx", B, "decision-tables/from-2027-04-01/parameters.xlsx", A,
                "decision-tables/from-2028-01-01/parameters.xlsx", B);
        assertEquals(List.of(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 1, 1)), DiffImpact.staged(before, after, TODAY));
    }

    @Test
    void anUnchangedRemovedPastOrMisnamedFolderIsNotStaged() {
        Map<String, byte[]> before = Map.of("decision-tables/from-2027-04-01/parameters.xlsx", A,
                "decision-tables/from-2028-01-01/parameters.xlsx", A);
        Map<String, byte[]> after = Map.of("decision-tables/from-2027-04-01/parameters.xlsx", A,
                "decision-tables/from-2026-01-01/parameters.xlsx", A, "decision-tables/from-2027-02-30/parameters.xlsx", A);
        assertEquals(List.of(), DiffImpact.staged(before, after, TODAY));
    }
}
