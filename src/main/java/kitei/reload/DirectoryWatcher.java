package kitei.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders (and their subfolders) and calls back once they have been quiet for the debounce
 * time: an editor's save is several events (a temporary file, a rename, a lock file), one reload.
 * Office lock files ({@code ~$x.xlsx}, {@code .~lock.x.xlsx#}) and hidden files do not count.
 */
public final class DirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final WatchService watcher;
    private final Duration debounce;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kitei-watch-debounce");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread loop;
    private ScheduledFuture<?> pending;
    private volatile String stopped;

    private DirectoryWatcher(List<Path> folders, Duration debounce, Runnable onChange) throws IOException {
        this.watcher = folders.isEmpty() ? null : folders.get(0).getFileSystem().newWatchService();
        this.debounce = debounce;
        this.onChange = onChange;
        for (Path folder : folders) {
            registerTree(folder);
        }
        this.loop = new Thread(this::watch, "kitei-watch");
        this.loop.setDaemon(true);
    }

    public static DirectoryWatcher start(List<Path> folders, Duration debounce, Runnable onChange) throws IOException {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        DirectoryWatcher watcher = new DirectoryWatcher(existing, debounce, onChange);
        if (watcher.watcher != null) {
            watcher.loop.start();
            LOG.info("watching {} for edits (debounce {} ms)", existing, debounce.toMillis());
        }
        return watcher;
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        relevant = true;
                        continue;
                    }
                    Path changed = ((Path) key.watchable()).resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                        registerQuietly(changed);
                    }
                    relevant |= counts(changed.getFileName().toString());
                }
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException closing) {
            stopped = "closed";
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error failed) {
            stopped = failed.toString();
            LOG.error("stopped watching for edits", failed);
        }
    }

    /** A folder that vanished again before it could be watched (an editor's scratch folder) does not end watching. */
    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot watch the new folder {}: {}", folder, e.toString());
        }
    }

    /** Empty while watching; else why it stopped (HotReload then starts a new watcher). */
    public Optional<String> stopped() {
        return Optional.ofNullable(stopped);
    }

    static boolean counts(String name) {
        return !name.startsWith("~$") && !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith("#");
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::changed, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failing callback must not end the timer's thread: the next save would go unnoticed. */
    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException | Error failed) {
            LOG.error("checking an edit failed; still watching", failed);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
