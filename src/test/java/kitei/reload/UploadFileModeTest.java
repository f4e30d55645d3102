package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.TestRuleBase;
import kitei.check.Gate;
import kitei.check.Workbooks;
import kitei.engine.ServingRuleBase;

/** An accepted upload is written with the mode its folder's readers expect, not a temporary file's owner-only 0600. */
class UploadFileModeTest {

    private static final String EDIT = "edited on disk: TYPE_K needs plan FLAT, FLAT_L or PACKET_SHARE_L";

    @TempDir
    Path root;

    private ReloadEvent upload(String name, byte[] workbook) throws Exception {
        try (Reloader reloader = new Reloader(new ServingRuleBase(), new Gate(TestRuleBase.TODAY), root, TestRuleBase.TODAY)) {
            return reloader.upload(name, workbook).get(5, TimeUnit.MINUTES);
        }
    }

    @Test
    void aReplacedTableKeepsTheModeOfTheFileItReplaces() throws Exception {
        for (String dir : new String[] {"rules", "decision-tables", "scenarios"}) {
            TempProject.copyTree(Path.of(dir), root.resolve(dir));
        }
        Path table = root.resolve("decision-tables/vpdn-prerequisites.xlsx");
        byte[] edited = Workbooks.setCell(Files.readAllBytes(table), "G15", EDIT);
        Files.setPosixFilePermissions(table, PosixFilePermissions.fromString("rw-r-----"));

        ReloadEvent event = upload("vpdn-prerequisites.xlsx", edited);

        assertEquals(ReloadEvent.Outcome.ACCEPTED, event.outcome(), event::toString);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(table)));
    }
}
