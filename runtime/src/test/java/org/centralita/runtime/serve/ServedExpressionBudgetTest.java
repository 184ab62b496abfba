package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.publish.PublishFixtures;
import org.centralita.runtime.store.CallRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call whose expression would run for long (it builds a text of millions of characters and
 * matches it), served over FastAGI: its evaluation is stopped at its budget and the node fails as
 * any node does: the apology plays, CENTRALITA_STATUS=ERROR, the trace says why (issue 10).
 */
class ServedExpressionBudgetTest {

    private static final int TERMS = 400;

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;

    @BeforeAll
    static void startRuntime() throws Exception {
        String text = "a".repeat(60_000);
        String spin = "(" + String.join(" + ", java.util.Collections.nCopies(TERMS, "t")) + ") =~ '(a|aa|aaa)*b'";
        runtime = ServedRuntime.serving(directory, Map.of("spin.flow.yaml",
                PublishFixtures.decisionFlow("spin", "  t: {type: text, default: \"" + text + "\"}", spin)));
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    @Test
    @Timeout(60)
    void shouldStopAnExpressionAtItsBudgetAndTakeTheErrorPath() throws Exception {
        // given
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when
        SimulatedCall call = runtime.call("spin", ServedRuntime.channel(), wire.script());

        // then the caller hears the apology, the dialplan is told ERROR, then the runtime hangs up
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "ERROR");
        List<String> commands = wire.commands();
        assertThat(wire.named("STREAM FILE")).hasSize(1);
        assertThat(wire.indexOf("SET VARIABLE \"CENTRALITA_STATUS\"")).as(commands.toString())
                .isGreaterThan(commands.indexOf(wire.named("STREAM FILE").get(0)));
        // and the record and trace say the expression ran out of its budget at the node
        CallRecord record = runtime.record(call.uniqueId());
        assertThat(record.outcome()).isEqualTo("error");
        assertThat(record.lastNode()).isEqualTo("check");
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "error")
                .containsEntry("node", "check").hasEntrySatisfying("message", message ->
                        assertThat((String) message).contains("took longer than its budget of 1000 ms")));
        assertThat(trace.get(trace.size() - 1)).containsEntry("event", "end").containsEntry("outcome", "error");
    }
}
