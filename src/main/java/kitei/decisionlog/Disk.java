package kitei.decisionlog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** How the log opens its file: the real disk, or in tests one that fills up, fails or hangs. */
@FunctionalInterface
interface Disk {

    Disk REAL = file -> FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);

    FileChannel open(Path file) throws IOException;
}
