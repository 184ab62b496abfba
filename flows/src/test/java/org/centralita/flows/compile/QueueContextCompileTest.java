package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.centralita.flows.executable.QueueNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A queue's {@code context} in both forms the format allows: a list of variables or a map. */
class QueueContextCompileTest {

    @TempDir
    Path dir;

    @Test
    void shouldHandOnListedVariablesUnderTheirOwnNames() throws Exception {
        // given a queue whose context lists variables
        FlowFixture fixture = new FlowFixture(dir).flow("main", """
                start: to-agent
                nodes:
                  to-agent: {type: queue, queue: retail, context: [account, note]}
                """);

        // when it is compiled
        CompileResult result = fixture.compile();

        // then each listed variable is handed on under its own name
        assertThat(result.problems()).isEmpty();
        QueueNode queue = (QueueNode) result.flow("main").orElseThrow().node("to-agent");
        assertThat(queue.context()).containsOnlyKeys("account", "note");
        assertThat(queue.context().get("account").evaluate(Map.of("account", "42", "note", "x"))).isEqualTo("42");
    }

    @Test
    void shouldReportAListEntryThatIsNotAName() {
        // given a context list holding a map
        FlowFixture fixture = new FlowFixture(dir).flow("main", """
                start: to-agent
                nodes:
                  to-agent: {type: queue, queue: retail, context: [account, {a: b}]}
                """);

        // when it is compiled, then the entry is an error at its place
        CompileResult result = fixture.compile();

        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(p.format()).contains("main.flow.yaml:17:61: error: node 'to-agent'").contains("'context' entry must be a single value"));
    }
}
