package kitei.reload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** The permissions a file written into the project's folders should have, where the file system has them. */
final class FileModes {

    private static final Set<PosixFilePermission> EXECUTE = EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    private FileModes() {
    }

    /**
     * Gives {@code written} the permissions of {@code replaced}, or, for a new file, those of its folder
     * without the execute bits (a 0755 folder holds 0644 files): whoever reads the folder reads it.
     */
    static void likeNeighbours(Path written, Path replaced) throws IOException {
        if (Files.getFileAttributeView(written, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> mode;
        if (Files.exists(replaced)) {
            mode = Files.getPosixFilePermissions(replaced);
        } else {
            mode = EnumSet.noneOf(PosixFilePermission.class);
            mode.addAll(Files.getPosixFilePermissions(replaced.getParent()));
            mode.removeAll(EXECUTE);
        }
        Files.setPosixFilePermissions(written, mode);
    }
}
