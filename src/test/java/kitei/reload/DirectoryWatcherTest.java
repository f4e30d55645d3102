package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher never dies silently: a check that fails leaves it watching, and its state says so. */
class DirectoryWatcherTest {

    @Test
    void aFailingCheckDoesNotStopTheNextSaveBeingNoticed(@TempDir Path folder) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (DirectoryWatcher watcher = DirectoryWatcher.start(List.of(folder), Duration.ofMillis(50), () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("the check failed");
        })) {
            Files.writeString(folder.resolve("a.xlsx"), "one");
            ReloadServiceTest.waitFor(() -> calls.get() == 1);
            Files.createDirectories(folder.resolve("new-folder"));
            Files.writeString(folder.resolve("new-folder/b.xlsx"), "two");
            ReloadServiceTest.waitFor(() -> calls.get() >= 2);
            assertTrue(watcher.stopped().isEmpty(), () -> "stopped: " + watcher.stopped());
        }
    }

    @Test
    void aClosedWatcherSaysItStopped(@TempDir Path folder) throws Exception {
        DirectoryWatcher watcher = DirectoryWatcher.start(List.of(folder), Duration.ofMillis(50), () -> { });
        watcher.close();
        ReloadServiceTest.waitFor(() -> watcher.stopped().isPresent());
        assertEquals("closed", watcher.stopped().get());
    }
}
