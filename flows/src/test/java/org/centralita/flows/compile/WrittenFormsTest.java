package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.centralita.flows.executable.QueueNode;
import org.centralita.flows.executable.SubflowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler takes every form the validator accepts, the way analysts write them. */
class WrittenFormsTest {

    @TempDir
    Path dir;

    @Test
    void shouldHandOnAContextWrittenAsAListOfVariablesUnderTheirOwnNames() throws Exception {
        // given a queue whose context lists variables
        CompileResult result = new FlowFixture(dir).flow("main", """
                start: to-agent
                nodes:
                  to-agent: {type: queue, queue: retail, context: [account, vip]}
                """).compile();

        // when compiled
        QueueNode queue = (QueueNode) result.flow("main").orElseThrow().node("to-agent");

        // then each variable is handed on under its own name
        assertThat(result.problems()).isEmpty();
        assertThat(queue.context()).containsOnlyKeys("account", "vip");
        assertThat(queue.context().get("account").evaluate(Map.of("account", "123"))).isEqualTo("123");
    }

    @Test
    void shouldTakeReturnedOutcomesWrittenAsKeysOfTheSubflowNode() {
        // given a subflow node naming the subflow's returned outcomes as its own keys
        CompileResult result = new FlowFixture(dir)
                .flow("main", """
                        start: who
                        nodes:
                          who: {type: subflow, flow: identify, identified: bye, failed: sorry}
                          bye: {type: hangup}
                          sorry: {type: hangup, prompt: Sorry.}
                        """)
                .flow("identify", """
                        start: ok
                        nodes:
                          ok: {type: return, outcome: identified}
                          no: {type: return, outcome: failed}
                        """).compile();

        // when compiled
        SubflowNode who = (SubflowNode) result.flow("main").orElseThrow().node("who");

        // then both are outcomes
        assertThat(result.problems()).isEmpty();
        assertThat(who.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("identified", "bye", "failed", "sorry"));
    }
}
