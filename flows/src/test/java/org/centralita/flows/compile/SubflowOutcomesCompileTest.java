package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.centralita.flows.executable.SubflowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subflow's returned outcomes written as keys of the node, as the format's table reads. */
class SubflowOutcomesCompileTest {

    @TempDir
    Path dir;

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
