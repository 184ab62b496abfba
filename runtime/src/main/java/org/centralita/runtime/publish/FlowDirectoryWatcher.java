package org.centralita.runtime.publish;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a flows directory: publishes it at start, then publishes it again a moment after
 * every saved change (debounced, so that an editor's burst of writes makes one publish). An
 * invalid save is refused like any publish, its problems logged, and the running versions keep
 * serving. Deleting a flow file does not withdraw the flow: calls keep being served.
 */
public final class FlowDirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlowDirectoryWatcher.class);

    private final Path directory;
    private final FlowRepository repository;
    private final Duration debounce;
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "flows-publish"));
    private WatchService watchService;
    private ScheduledFuture<?> pending;

    public FlowDirectoryWatcher(Path directory, FlowRepository repository, Duration debounce) {
        this.directory = directory.toAbsolutePath().normalize();
        this.repository = repository;
        this.debounce = debounce;
    }

    /** Publishes the directory as it is now, then starts watching it. */
    public void start() {
        try {
            Files.createDirectories(directory);
            watchService = directory.getFileSystem().newWatchService();
            registerTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the flows directory " + directory, e);
        }
        publishNow();
        daemon(this::watch, "flows-watch").start();
    }

    public Path directory() {
        return directory;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path changedIn = (Path) key.watchable();
                key.pollEvents().stream()
                        .filter(e -> e.kind() == ENTRY_CREATE)
                        .map(e -> changedIn.resolve((Path) e.context()))
                        .filter(Files::isDirectory)
                        .forEach(this::registerQuietly);
                key.reset();
                schedulePublish();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void schedulePublish() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = publisher.schedule(this::publishNow, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishNow() {
        try {
            FlowBundle bundle = BundleReader.read(List.of(directory));
            if (bundle.files().keySet().stream().noneMatch(BundlePaths::isFlowFile)) {
                LOG.info("no flow files in {} yet", directory);
                return;
            }
            PublishLog.log(repository.publish(bundle, "directory " + directory), directory.toString());
        } catch (RuntimeException e) {
            LOG.error("publishing {} failed: {}", directory, e.getMessage(), e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            LOG.warn("cannot watch {}: {}", dir, e.getMessage());
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        publisher.shutdownNow();
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the watch on {}: {}", directory, e.getMessage());
        }
    }
}
