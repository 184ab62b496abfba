package org.centralita.runtime.publish;

import org.centralita.flows.executable.ExecutableFlow;

/** Stamps a compiled flow with its publish number, which calls report in their trace. */
final class Versioning {

    private Versioning() {
    }

    static ExecutableFlow numbered(ExecutableFlow flow, int number) {
        return new ExecutableFlow(flow.id(), String.valueOf(number), flow.name(), flow.languages(),
                flow.start(), flow.onError(), flow.defaults(), flow.variables(), flow.nodes(), flow.subflows());
    }
}
