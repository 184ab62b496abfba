package org.centralita.runtime.serve;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.centralita.runtime.publish.FlowBundle;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.VersionLedger;
import org.centralita.runtime.store.FlowVersion;
import org.centralita.runtime.store.FlowVersionWatch;
import org.centralita.runtime.store.FlowVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Published versions kept in the records store (PostgreSQL), shared by every runtime on it: a
 * publish accepted here is saved with {@link FlowVersions#publish} (the database gives the
 * numbers; a bundle's flows in one transaction, all or none); every runtime serves what the
 * store says is active, loaded at start and installed when the store notifies a change
 * (LISTEN/NOTIFY; the flows that changed together switched together), rebuilt with the
 * runtime's own builder.
 */
final class StoreVersionLedger implements VersionLedger, SharedVersions {

    private static final Logger LOG = LoggerFactory.getLogger(StoreVersionLedger.class);
    private static final Duration H2_POLL = Duration.ofSeconds(1);

    private final FlowVersions versions;
    private final Duration poll;
    private volatile FlowVersionWatch watch;

    StoreVersionLedger(FlowVersions versions) {
        this(versions, H2_POLL);
    }

    /** A ledger whose watch polls every {@code poll} on H2 (PostgreSQL is told at once). */
    StoreVersionLedger(FlowVersions versions, Duration poll) {
        this.versions = versions;
        this.poll = poll;
    }

    /** Makes the repository publish through the store, serve its active versions, and follow it. */
    @Override
    public synchronized void attach(FlowRepository repository) {
        repository.useLedger(this);
        watch = versions.watchTogether(changed -> install(repository, changed), poll);
        try {
            install(repository, versions.active());
        } catch (RuntimeException e) {
            LOG.warn("cannot read the published versions from the store yet ({}); they arrive when it answers",
                    e.getMessage());
        }
    }

    /** Serves versions that became active together in one switch; those served here already are skipped. */
    private synchronized void install(FlowRepository repository, List<FlowVersion> active) {
        List<Entry> entries = active.stream()
                .filter(version -> repository.current(version.flowId())
                        .map(current -> current.number() != version.version()).orElse(true))
                .map(version -> version(version.flowId(), version.version()))
                .flatMap(Optional::stream).toList();
        if (!entries.isEmpty()) {
            repository.install(entries);
        }
    }

    @Override
    public Map<String, Integer> publish(List<Change> changes, String publishedBy) {
        Map<String, org.centralita.runtime.store.FlowBundle> bundles = new LinkedHashMap<>();
        for (Change change : changes) {
            TreeMap<String, String> texts = new TreeMap<>();
            change.content().files().forEach((path, bytes) ->
                    texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
            bundles.put(change.flowId(), new org.centralita.runtime.store.FlowBundle(change.flowFile(), texts));
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        versions.publish(bundles, publishedBy).forEach((flowId, version) -> numbers.put(flowId, version.version()));
        return numbers;
    }

    @Override
    public void activate(String flowId, int number) {
        versions.activate(flowId, number);
    }

    @Override
    public Optional<Entry> version(String flowId, int number) {
        Optional<FlowVersion> stored = versions.get(flowId, number);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return versions.content(flowId, number).map(content -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            content.files().forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
            return new Entry(flowId, number, FlowBundle.of(files), stored.get().publishedAt(),
                    stored.get().publishedBy());
        });
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
    }
}
