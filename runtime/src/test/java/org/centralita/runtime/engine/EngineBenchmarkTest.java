package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark measures what it claims: calls that end normally, not on an error path. */
class EngineBenchmarkTest {

    private final EngineBenchmark benchmark = new EngineBenchmark();

    @Test
    void shouldRunTheStepLoopToItsHangup() {
        CallEnd end = benchmark.nodeSteps();

        assertThat(end.outcome()).isEqualTo(CallOutcome.HANGUP);
        assertThat(end.node()).isEqualTo("done");
    }

    @Test
    void shouldQueueTheTypicalCall() {
        CallEnd end = benchmark.typicalCall();

        assertThat(end.outcome()).isEqualTo(CallOutcome.QUEUE);
        assertThat(end.node()).isEqualTo("gold");
    }
}
