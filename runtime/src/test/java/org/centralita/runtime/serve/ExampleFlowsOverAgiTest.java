package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.PbxTarget;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.cli.Main;
import org.centralita.runtime.examples.ExampleCrm;
import org.centralita.runtime.store.CallRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example flows served by a real runtime over FastAGI give the same call trace as
 * {@code centralita simulate} with the same keys (scenarios of examples/SCENARIOS.md, DTMF
 * only), and leave the dialplan contract's variables on the channel.
 */
class ExampleFlowsOverAgiTest {

    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final String BANK = "bank-main|+12125550123|+18005550100|2026-11-24T10:00:00-05:00";
    private static final String UTILITY = "utility-outages|+13125550123|+18005550200|2026-11-24T10:00:00-06:00";
    private static final String CITIZEN = "citizen-line|+12175550999|+12175550111|2026-03-10T10:00:00-05:00";

    @TempDir
    static Path directory;
    private static ExampleCrm crm;
    private static ServedRuntime runtime;
    private static final MovableClock CLOCK = new MovableClock();

    @BeforeAll
    static void startRuntime() throws Exception {
        crm = new ExampleCrm(EXAMPLES.resolve("crm/accounts.json"));
        runtime = ServedRuntime.start(directory, EXAMPLES.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), 50, CLOCK,
                "connectors: {crm: {base-url: \"" + crm.baseUrl() + "\", timeout: 2s}}\n");
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
        crm.close();
    }

    /** One row of SCENARIOS.md: the flow, caller and clock ("|"-separated), keys, and the dialplan's variables. */
    record Scenario(String id, String call, String at, String keys, Map<String, String> variables) {
        String flow() {
            return call.split("\\|")[0];
        }

        String part(int index) {
            return call.split("\\|")[index];
        }

        String clock() {
            return at != null ? at : part(3);
        }

        @Override
        public String toString() {
            return id + " " + flow() + " --keys " + keys;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("B01", BANK, null, "1,12345678#,4321,,,", status("HANGUP")),
                new Scenario("B03", BANK, null, "1,11223344#,1234,2", queue("private-banking", "8")),
                new Scenario("B07", BANK, "2026-11-28T16:00:00-05:00", "0,12345678#,1234", status("HANGUP")),
                new Scenario("B09", BANK, "2026-11-26T10:00:00-05:00", "2,12345678#,1234,4111111111111111,1",
                        queue("card-services", "10")),
                new Scenario("B10", BANK, "2026-12-25T10:00:00-05:00", "4", dialled("PJSIP/fraud-desk")),
                new Scenario("B24", BANK, null, "1,99990000#,1234,99990001#,1234", status("HANGUP")),
                new Scenario("B25", BANK, null, "0,99999999#,1234", queue("retail-banking", "2")),
                new Scenario("B28", BANK, null, "1,12345678#,12,,99", status("HANGUP")),
                new Scenario("U01", UTILITY.replace("+13125550123", "+15552010123"), null, "9", status("HANGUP")),
                new Scenario("U04", UTILITY, null, "1,4012345678", queue("billing", "3")),
                new Scenario("U13", UTILITY, "2026-11-29T10:00:00-06:00", "2",
                        Map.of("CENTRALITA_STATUS", "VOICEMAIL", "CENTRALITA_MAILBOX", "2000@northwind")),
                new Scenario("U20", UTILITY, "2027-01-01T10:00:00-06:00", "1", dialled("PJSIP/dispatch-24h")),
                new Scenario("C03", CITIZEN, null, "2,1,9", status("HANGUP")),
                new Scenario("C08", CITIZEN, null, "1,0", queue("citizen-services", "4")),
                new Scenario("C11", CITIZEN, null, "1,,8,", queue("citizen-services", "4")),
                new Scenario("C13", CITIZEN, null, ",,", status("HANGUP")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldGiveTheSameTraceOverAgiAsSimulate(Scenario scenario) throws Exception {
        // given what simulate says for the scenario
        List<Map<String, Object>> simulated = simulate(scenario);
        CLOCK.setTo(scenario.clock());

        // when the same caller calls the runtime through the simulated Asterisk
        SimulatedCall call = runtime.call(scenario.flow(),
                answeringDesks(ServedRuntime.channel()).callerId(scenario.part(1), "Caller").dnid(scenario.part(2)),
                KeysCaller.of(scenario.keys()));
        call.awaitStatus(ServedRuntime.CALL_END);

        // then the stored trace is simulate's, the record agrees, and the dialplan gets its variables
        List<Map<String, Object>> served = runtime.trace(call.uniqueId());
        assertThat(comparable(served)).isEqualTo(comparable(simulated));
        CallRecord record = runtime.record(call.uniqueId());
        assertThat(record.outcome()).isEqualTo(simulated.get(simulated.size() - 1).get("outcome"));
        assertThat(record.flowId()).isEqualTo(scenario.flow());
        assertThat(call.variables()).containsAllEntriesOf(scenario.variables())
                .containsEntry("CENTRALITA_CALL_ID", call.uniqueId());
    }

    /**
     * A transfer with busy / no-answer outcomes is dialled by the runtime over AGI: the desks
     * answer (as simulate assumes) and the dialplan is told the call is over.
     */
    private static Map<String, String> dialled(String target) {
        return Map.of("CENTRALITA_STATUS", "HANGUP", "CENTRALITA_TARGET", target, "DIALSTATUS", "ANSWER");
    }

    private static ChannelSetup answeringDesks(ChannelSetup setup) {
        PbxTarget answers = PbxTarget.answers(100, 200);
        return setup.dialTarget("PJSIP/fraud-desk", answers).dialTarget("PJSIP/dispatch-24h", answers);
    }

    private static List<Map<String, Object>> simulate(Scenario scenario) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "simulate",
                EXAMPLES.resolve("flows/" + scenario.flow() + ".flow.yaml").toString(), "--keys", scenario.keys(),
                "--ani", scenario.part(1), "--dnis", scenario.part(2), "--at", scenario.clock(),
                "--config", directory.resolve("centralita.yaml").toString(), "--trace", "-");
        assertThat(status).as(err.toString()).isZero();
        return Arrays.stream(out.toString().split("\n")).filter(line -> !line.isBlank()).map(ServedRuntime::parse).toList();
    }

    /** The trace without what differs from run to run: times, durations, the version number of a draft. */
    private static List<Map<String, Object>> comparable(List<Map<String, Object>> trace) {
        return trace.stream().map(event -> {
            Map<String, Object> kept = new LinkedHashMap<>(event);
            kept.remove("t");
            kept.remove("duration_ms");
            kept.remove("ms");
            if ("start".equals(event.get("event"))) {
                kept.remove("version");
            }
            return kept;
        }).toList();
    }

    private static Map<String, String> status(String status) {
        return Map.of("CENTRALITA_STATUS", status);
    }

    private static Map<String, String> queue(String queue, String priority) {
        return Map.of("CENTRALITA_STATUS", "QUEUE", "CENTRALITA_QUEUE", queue, "CENTRALITA_PRIORITY", priority,
                "QUEUE_PRIO", priority);
    }
}
