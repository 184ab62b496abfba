package org.centralita.runtime.publish;

/** The flow builder publish tests use: the runtime's real validation and compile. */
public final class TestBuilders {

    private TestBuilders() {
    }

    public static FlowBuilder real() {
        return new CompilingFlowBuilder(null, null);
    }
}
