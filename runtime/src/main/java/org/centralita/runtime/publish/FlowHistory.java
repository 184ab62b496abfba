package org.centralita.runtime.publish;

import java.util.List;
import java.util.Optional;

/**
 * The versions of one flow still kept, oldest first, and the one new calls get.
 */
public record FlowHistory(String flowId, List<FlowVersion> versions, int activeNumber) {

    public FlowHistory {
        versions = List.copyOf(versions);
    }

    public FlowVersion active() {
        return version(activeNumber).orElseThrow();
    }

    public Optional<FlowVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public int latestNumber() {
        return versions.get(versions.size() - 1).number();
    }
}
