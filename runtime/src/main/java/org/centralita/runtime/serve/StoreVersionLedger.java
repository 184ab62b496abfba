package org.centralita.runtime.serve;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * number); every runtime serves what the store says is active, loaded at start and installed
 * when the store notifies a change (LISTEN/NOTIFY), rebuilt with the runtime's own builder.
 */
final class StoreVersionLedger implements VersionLedger, SharedVersions {

    private static final Logger LOG = LoggerFactory.getLogger(StoreVersionLedger.class);
    private static final Duration H2_POLL = Duration.ofSeconds(1);

    private final FlowVersions versions;
    private volatile FlowVersionWatch watch;

    StoreVersionLedger(FlowVersions versions) {
        this.versions = versions;
    }

    /** Makes the repository publish through the store, serve its active versions, and follow it. */
    @Override
    public synchronized void attach(FlowRepository repository) {
        repository.useLedger(this);
        watch = versions.watch(changed -> install(repository, changed), H2_POLL);
        try {
            versions.active().forEach(active -> install(repository, active));
        } catch (RuntimeException e) {
            LOG.warn("cannot read the published versions from the store yet ({}); they arrive when it answers",
                    e.getMessage());
        }
    }

    private synchronized void install(FlowRepository repository, FlowVersion active) {
        boolean served = repository.current(active.flowId())
                .map(current -> current.number() == active.version()).orElse(false);
        if (!served) {
            version(active.flowId(), active.version()).ifPresent(repository::install);
        }
    }

    @Override
    public int publish(String flowId, FlowBundle content, String flowFile, String publishedBy) {
        Map<String, String> texts = new TreeMap<>();
        content.files().forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return versions.publish(flowId, new org.centralita.runtime.store.FlowBundle(flowFile, new TreeMap<>(texts)),
                publishedBy).version();
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
