package org.centralita.runtime.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.centralita.flows.validate.Problem;
import org.centralita.runtime.publish.BuildResult.BuiltFlow;
import org.centralita.runtime.publish.PublishOutcome.Published;
import org.centralita.runtime.publish.PublishOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published versions of every flow and which one new calls get. Reading the active version
 * is lock-free (one volatile read of an immutable map), so a call picks its version once at its
 * start and keeps it; publishing and rolling back swap the map whole, so calls in progress finish
 * on the version they began with. A publish is validated and compiled first and refused whole
 * when anything in it is wrong; then the running versions keep serving.
 */
public final class FlowRepository {

    private static final Logger LOG = LoggerFactory.getLogger(FlowRepository.class);

    private final FlowBuilder builder;
    private final int versionsKept;
    private final Clock clock;
    private final AtomicReference<Map<String, FlowHistory>> histories = new AtomicReference<>(Map.of());
    private volatile VersionLedger ledger;

    /**
     * @param versionsKept how many versions of each flow to keep for rollback (the active one is
     *                     always kept)
     */
    public FlowRepository(FlowBuilder builder, int versionsKept, Clock clock) {
        if (versionsKept < 1) {
            throw new IllegalArgumentException("versions kept must be at least 1, not " + versionsKept);
        }
        this.builder = builder;
        this.versionsKept = versionsKept;
        this.clock = clock;
    }

    /**
     * From now on version numbers come from {@code shared} (several runtimes serving the same
     * versions): a publish saves each changed flow there first, a roll-back activates there first.
     */
    public void useLedger(VersionLedger shared) {
        this.ledger = shared;
    }

    /** The version new calls of this flow get, if the flow is published. Lock-free. */
    public Optional<FlowVersion> current(String flowId) {
        FlowHistory history = histories.get().get(flowId);
        return history == null ? Optional.empty() : Optional.of(history.active());
    }

    public Optional<FlowHistory> history(String flowId) {
        return Optional.ofNullable(histories.get().get(flowId));
    }

    /** Every published flow, by id in the order first published. */
    public Collection<FlowHistory> flows() {
        return histories.get().values();
    }

    /**
     * Validates and compiles the bundle, then makes its changed flows the active versions. The
     * build (reading, validating, evaluating constant expressions, compiling) holds no lock: a
     * slow or hostile bundle never keeps another publish, a roll-back or a shared-store install
     * waiting; only the switch of versions is serialized.
     */
    public PublishOutcome publish(FlowBundle bundle, String publishedBy) {
        if (bundle.isEmpty()) {
            return new Refused(List.of("the bundle holds no files"));
        }
        BuildResult build = buildStaged(bundle);
        List<String> problems = build.problems().stream().map(Problem::format).toList();
        if (build.hasErrors()) {
            LOG.warn("publish by {} refused: {} problem(s)", publishedBy, build.errors().size());
            return new Refused(problems);
        }
        if (build.flows().isEmpty()) {
            return new Refused(List.of("the bundle holds no flow file (*.flow.yaml)"));
        }
        return serve(build, new VersionHashes(bundle, build.flows()), publishedBy, problems);
    }

    /** Numbers the changed flows (in the shared ledger: all in one piece, or none) and serves them in one switch. */
    private synchronized PublishOutcome serve(BuildResult build, VersionHashes hashes, String publishedBy, List<String> problems) {
        Map<String, FlowHistory> next = new LinkedHashMap<>(histories.get());
        List<FlowVersion> unchanged = new ArrayList<>();
        List<BuiltFlow> changed = new ArrayList<>();
        for (BuiltFlow built : build.flows()) {
            FlowHistory history = next.get(built.flow().id());
            if (history != null && history.active().contentHash().equals(hashes.of(built.flow().id()))) {
                unchanged.add(history.active());
            } else {
                changed.add(built);
            }
        }
        Map<String, Integer> numbers;
        try {
            numbers = numbersFor(changed, hashes, next, publishedBy);
        } catch (RuntimeException e) {
            // The ledger saved none of the bundle, so nothing is served anywhere: not here either.
            LOG.error("publish by {} could not be saved to the shared store; nothing was changed", publishedBy, e);
            return new Refused(List.of("the shared store could not save the publish: " + e.getMessage()));
        }
        List<FlowVersion> published = new ArrayList<>();
        for (BuiltFlow built : changed) {
            FlowHistory history = next.get(built.flow().id());
            int number = numbers.get(built.flow().id());
            if (history != null && history.activeNumber() == number) {
                unchanged.add(history.active());
            } else {
                FlowVersion version = version(built, number, hashes, publishedBy);
                next.put(version.flowId(), keep(history, version));
                published.add(version);
            }
        }
        histories.set(Collections.unmodifiableMap(next));
        published.forEach(v -> LOG.info("published flow '{}' version {} by {}", v.flowId(), v.number(), publishedBy));
        return new Published(published, unchanged, problems);
    }

    private FlowVersion version(BuiltFlow built, int number, VersionHashes hashes, String publishedBy) {
        return new FlowVersion(built.flow().id(), number, Versioning.numbered(built.flow(), number), clock.instant(),
                publishedBy, hashes.of(built.flow().id()));
    }

    /** The number of each changed flow's new version: from the shared ledger (all in one piece), or the next here. */
    private Map<String, Integer> numbersFor(List<BuiltFlow> changed, VersionHashes hashes,
                                            Map<String, FlowHistory> histories, String publishedBy) {
        VersionLedger shared = ledger;
        if (shared != null && !changed.isEmpty()) {
            return shared.publish(changed.stream().map(built -> new VersionLedger.Change(built.flow().id(),
                    hashes.content(built.flow().id()), built.file())).toList(), publishedBy);
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (BuiltFlow built : changed) {
            FlowHistory history = histories.get(built.flow().id());
            numbers.put(built.flow().id(), history == null ? 1 : history.latestNumber() + 1);
        }
        return numbers;
    }

    /**
     * Serves a version saved in the shared ledger (by any runtime): builds its content with the
     * same builder and makes it active, or activates it when it is kept already.
     *
     * @return whether the active version changed
     */
    public boolean install(VersionLedger.Entry entry) {
        return install(List.of(entry));
    }

    /**
     * Serves versions that became active together in the shared ledger (one bundle's publish) in
     * one switch, so no new call sees some of them and not the others. A version that does not
     * build here is left out (and logged); the others are still served.
     *
     * @return whether any active version changed
     */
    public boolean install(List<VersionLedger.Entry> entries) {
        Map<String, FlowVersion> built = new LinkedHashMap<>();
        for (VersionLedger.Entry entry : entries) {
            if (kept(entry).isEmpty()) {
                // built before taking the lock, as a publish is
                Optional.ofNullable(build(entry)).ifPresent(version -> built.put(key(entry), version));
            }
        }
        return switchTo(entries, built);
    }

    private synchronized boolean switchTo(List<VersionLedger.Entry> entries, Map<String, FlowVersion> built) {
        Map<String, FlowHistory> next = new LinkedHashMap<>(histories.get());
        List<FlowVersion> installed = new ArrayList<>();
        for (VersionLedger.Entry entry : entries) {
            FlowHistory history = next.get(entry.flowId());
            if (history != null && history.activeNumber() == entry.number()) {
                continue;
            }
            FlowVersion version = history == null ? null : history.version(entry.number()).orElse(null);
            version = version != null ? version : built.get(key(entry));
            if (version != null) {
                next.put(entry.flowId(), keep(history, version));
                installed.add(version);
            }
        }
        if (installed.isEmpty()) {
            return false;
        }
        histories.set(Collections.unmodifiableMap(next));
        installed.forEach(v -> LOG.info("serving flow '{}' version {} from the shared store", v.flowId(), v.number()));
        return true;
    }

    /** The version of {@code entry} when this runtime keeps it already. */
    private Optional<FlowVersion> kept(VersionLedger.Entry entry) {
        return history(entry.flowId()).flatMap(history -> history.version(entry.number()));
    }

    private static String key(VersionLedger.Entry entry) {
        return entry.flowId() + "@" + entry.number();
    }

    private FlowVersion build(VersionLedger.Entry entry) {
        BuildResult build = buildStaged(entry.content());
        Optional<BuiltFlow> built = build.flows().stream().filter(b -> b.flow().id().equals(entry.flowId())).findFirst();
        if (build.hasErrors() || built.isEmpty()) {
            LOG.error("flow '{}' version {} from the shared store does not build here: {}", entry.flowId(),
                    entry.number(), build.errors().stream().map(Problem::format).toList());
            return null;
        }
        String hash = new VersionHashes(entry.content(), build.flows()).of(entry.flowId());
        return new FlowVersion(entry.flowId(), entry.number(), Versioning.numbered(built.get().flow(), entry.number()),
                entry.publishedAt(), entry.publishedBy(), hash);
    }

    /** Makes a kept version the one new calls get; calls in progress keep theirs. */
    public synchronized FlowVersion rollback(String flowId, int number) {
        VersionLedger shared = ledger;
        if (shared != null) {
            VersionLedger.Entry entry = shared.version(flowId, number)
                    .orElseThrow(() -> new UnknownFlowException(flowId, number));
            shared.activate(flowId, number);
            install(entry);
            return current(flowId).orElseThrow();
        }
        FlowHistory history = history(flowId).orElseThrow(() -> new UnknownFlowException(flowId, null));
        FlowVersion target = history.version(number).orElseThrow(() -> new UnknownFlowException(flowId, number));
        Map<String, FlowHistory> next = new LinkedHashMap<>(histories.get());
        next.put(flowId, new FlowHistory(flowId, history.versions(), number));
        histories.set(Collections.unmodifiableMap(next));
        LOG.info("flow '{}' rolled back to version {}", flowId, number);
        return target;
    }

    /** The history with {@code version} active, oldest first, trimmed to the versions kept (never the active). */
    private FlowHistory keep(FlowHistory history, FlowVersion version) {
        List<FlowVersion> versions = new ArrayList<>(history == null ? List.of() : history.versions());
        versions.removeIf(v -> v.number() == version.number());
        versions.add(version);
        versions.sort(java.util.Comparator.comparingInt(FlowVersion::number));
        for (int i = 0; versions.size() > versionsKept; i++) {
            if (versions.get(i).number() != version.number()) {
                versions.remove(i--);
            }
        }
        return new FlowHistory(version.flowId(), versions, version.number());
    }

    /** Builds in a private copy of the bundle so that problems name the bundle's own paths. */
    private BuildResult buildStaged(FlowBundle bundle) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("centralita-publish-");
            bundle.writeTo(staging);
            BuildResult result = builder.build(List.of(staging));
            return StagedPaths.relativize(result, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the bundle for building", e);
        } finally {
            StagedPaths.deleteQuietly(staging);
        }
    }
}
