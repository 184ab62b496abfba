package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.store.CallRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow that fails past its error handling, served over FastAGI: the caller hears the apology
 * (never dead air), the dialplan finds CENTRALITA_STATUS=ERROR before the hang-up, the call's
 * record is kept, and the node errors metric counts each failure.
 */
class ServedFlowErrorsTest {

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;

    @BeforeAll
    static void startRuntime() throws Exception {
        runtime = ServedRuntime.serving(directory, Map.of("broken.flow.yaml", WireFlows.failing("broken", false),
                "broken-handler.flow.yaml", WireFlows.failing("broken-handler", true)));
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    @Test
    void shouldApologizeTellErrorAndKeepTheRecordWhenANodeFailsWithNoErrorPath() throws Exception {
        // given
        double before = nodeErrors("broken", "compute");
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when
        SimulatedCall call = runtime.call("broken", ServedRuntime.channel(), wire.script());

        // then the apology plays, the status is set, and only then the runtime hangs up
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "ERROR")
                .containsEntry("CENTRALITA_CALL_ID", call.uniqueId());
        assertApologyThenStatusThenHangup(wire);
        // and the record and trace tell what failed where
        CallRecord record = runtime.record(call.uniqueId());
        assertThat(record.outcome()).isEqualTo("error");
        assertThat(record.lastNode()).isEqualTo("compute");
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "error")
                .containsEntry("node", "compute"));
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "prompt")
                .containsEntry("node", "compute").hasEntrySatisfying("text", text -> assertThat((String) text)
                        .startsWith("Sorry")));
        assertThat(trace.get(trace.size() - 1)).containsEntry("event", "end").containsEntry("outcome", "error");
        // and the failure is counted
        assertThat(nodeErrors("broken", "compute")).isEqualTo(before + 1);
    }

    @Test
    void shouldApologizeAndTellErrorWhenTheFlowsOnErrorNodeFailsToo() throws Exception {
        // given
        double compute = nodeErrors("broken-handler", "compute");
        double sorry = nodeErrors("broken-handler", "sorry");
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when
        SimulatedCall call = runtime.call("broken-handler", ServedRuntime.channel(), wire.script());

        // then
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "ERROR");
        assertApologyThenStatusThenHangup(wire);
        assertThat(runtime.record(call.uniqueId()).lastNode()).isEqualTo("sorry");
        assertThat(nodeErrors("broken-handler", "compute")).isEqualTo(compute + 1);
        assertThat(nodeErrors("broken-handler", "sorry")).isEqualTo(sorry + 1);
    }

    /** Welcome and apology, then the status variables, then HANGUP: nothing silent, nothing after the hang-up. */
    private static void assertApologyThenStatusThenHangup(WireLog wire) {
        List<String> commands = wire.commands();
        assertThat(wire.named("STREAM FILE")).hasSize(2);
        int apology = commands.lastIndexOf(wire.named("STREAM FILE").get(1));
        int status = wire.indexOf("SET VARIABLE \"CENTRALITA_STATUS\"");
        assertThat(status).as(commands.toString()).isGreaterThan(apology);
        assertThat(commands.indexOf("HANGUP")).as(commands.toString()).isGreaterThan(status);
    }

    /** centralita_node_errors_total of the node, as /metrics shows it (0 before the first failure). */
    private static double nodeErrors(String flow, String node) throws Exception {
        String metrics = runtime.admin("GET", "/metrics", null).body();
        Matcher count = Pattern.compile("centralita_node_errors_total\\{flow=\"" + flow + "\",node=\"" + node
                + "\"} (\\S+)").matcher(metrics);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }
}
