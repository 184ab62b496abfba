package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.publish.PublishFixtures;
import org.centralita.runtime.store.CallRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls through a whole {@code centralita serve} runtime (H2 records store, one call at a time
 * allowed) placed by the simulated Asterisk: hang-ups at every stage keep their record, unknown
 * flows, refused addresses and calls beyond capacity get the contract's answers.
 */
class ServedCallsTest {

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;

    @BeforeAll
    static void startRuntime() throws Exception {
        PublishFixtures.write(directory.resolve("flows"), MenuFlows.FILE, MenuFlows.menu("one"));
        runtime = ServedRuntime.start(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), 1, Clock.systemUTC(), "");
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    @Test
    void shouldSynthesizeAPublishedFlowsStaticPromptsBeforeItsFirstCall() {
        // given the runtime started with the flows published; then their fixed texts are audio already
        Path prompts = directory.resolve("runtime").resolve("prompts");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(prompts)) {
                return files.anyMatch(f -> f.toString().endsWith(".wav"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void shouldLogEveryLineOfACallWithItsCallId() throws Exception {
        // given the runtime's log, captured
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            // when a caller hangs up at the first wait for keys
            SimulatedCall call = runtime.call("greeting", ServedRuntime.channel(), KeysCaller.hangingUpAtFirstWait());
            assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
            runtime.record(call.uniqueId());

            // then the lines logged on the call's thread name the call
            List<ch.qos.logback.classic.spi.ILoggingEvent> callLines = log.list.stream()
                    .filter(event -> event.getFormattedMessage().contains("call for flow 'greeting'")).toList();
            assertThat(callLines).isNotEmpty().allSatisfy(event ->
                    assertThat(event.getMDCPropertyMap()).containsEntry("call", call.uniqueId()));
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void shouldKeepTheRecordOfACallerWhoHangsUpDuringAPrompt() throws Exception {
        // given a caller who hangs up 0.1 s into the welcome (0.4 s long)
        CallerScript caller = CallerScript.silent().reacting((command, line, script) -> {
            if (line.startsWith("STREAM FILE")) {
                script.hangUp(command, 100);
            }
        });

        // when
        SimulatedCall call = runtime.call("greeting", ServedRuntime.channel(), caller);

        // then
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
        CallRecord record = runtime.record(call.uniqueId());
        assertThat(record.outcome()).isEqualTo("caller-hangup");
        assertThat(record.lastNode()).isEqualTo("hello");
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace.get(trace.size() - 1)).containsEntry("event", "end").containsEntry("outcome", "caller-hangup");
        assertThat(trace).anySatisfy(event -> assertThat(event)
                .containsEntry("event", "hangup").containsEntry("node", "hello").containsEntry("by", "caller"));
    }

    @Test
    void shouldKeepTheRecordOfACallerWhoHangsUpWhileTheFlowWaitsForKeys() throws Exception {
        // when
        SimulatedCall call = runtime.call("greeting", ServedRuntime.channel(), KeysCaller.hangingUpAtFirstWait());

        // then
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        CallRecord record = runtime.record(call.uniqueId());
        assertThat(record.outcome()).isEqualTo("caller-hangup");
        assertThat(record.lastNode()).isEqualTo("ask");
        assertThat(runtime.server().runtime().liveCalls().count()).isZero();
    }

    @Test
    void shouldSetTheStatusBeforeHangingUpWhenTheFlowHangsUp() throws Exception {
        // when
        SimulatedCall call = runtime.call("greeting", ServedRuntime.channel(), KeysCaller.of("1"));

        // then the flow's hang-up came after the variables (the dialplan's h extension sees them)
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP")
                .containsEntry("CENTRALITA_CALL_ID", call.uniqueId());
        assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("hangup");
    }

    @Test
    void shouldTimeEveryAgiCommandByNameInTheMetrics() throws Exception {
        // when a call runs its flow to the end
        SimulatedCall call = runtime.call("greeting", ServedRuntime.channel(), KeysCaller.of("1"));
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);

        // then each command it sent is counted and timed under its AGI name, in histogram buckets
        // (every command in the +Inf bucket, none above a minute in the simulator)
        String metrics = runtime.admin("GET", "/metrics", null).body();
        for (String command : List.of("ANSWER", "STREAM FILE", "SET VARIABLE", "HANGUP")) {
            long count = metric(metrics, "centralita_agi_command_seconds_count{command=\"" + command + "\"}");
            assertThat(count).as(command).isPositive();
            assertThat(metric(metrics, "centralita_agi_command_seconds_bucket{command=\"" + command + "\",le=\"+Inf\"}"))
                    .as(command).isEqualTo(count);
            assertThat(metric(metrics, "centralita_agi_command_seconds_bucket{command=\"" + command + "\",le=\"60.0\"}"))
                    .as(command).isEqualTo(count);
        }
        assertThat(metrics).doesNotContain("command=\"STREAM FILE \\\"");
    }

    @Test
    void shouldAnswerNotFoundForAFlowNotPublished() throws Exception {
        // when
        SimulatedCall call = runtime.call("no-such-flow", ServedRuntime.channel(), CallerScript.silent());

        // then
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "NOT_FOUND");
    }

    @Test
    void shouldAnswerBusyBeyondMaxCallsAndCountIt() throws Exception {
        // given the one call allowed, waiting at the menu
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        SimulatedCall first = runtime.call("greeting", ServedRuntime.channel(), GatedCaller.of("1", gate, waiting));
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting.get() == 1);

        // when a second call arrives
        SimulatedCall second = runtime.call("greeting", ServedRuntime.channel(), CallerScript.silent());

        // then it is answered BUSY at once, counted, and the first call goes on
        assertThat(second.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(second.variables()).containsEntry("CENTRALITA_STATUS", "BUSY");
        assertThat(runtime.admin("GET", "/metrics", null).body())
                .contains("centralita_calls_refused_total{reason=\"capacity\"} 1.0");
        // and kept for the reports with its call id and the flow it asked for: the greeting row counts it as rejected
        await().atMost(Duration.ofSeconds(10)).until(() -> refused().size() == 1);
        assertThat(refused().get(0)).startsWith("greeting ").doesNotContain("refused-");
        assertThat(runtime.admin("GET", "/reports/flows.csv", null).body()).doesNotContain("(no flow)")
                .containsPattern("(?m)^greeting(,[0-9.]+){8},1,");
        gate.countDown();
        assertThat(first.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(first.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldCloseConnectionsFromAddressesNotAllowed() throws Exception {
        // given a runtime that takes calls from another PBX only
        Path other = directory.resolve("other");
        Files.createDirectories(other);
        try (ServedRuntime strict = ServedRuntime.startAllowing(other, directory.resolve("flows"),
                "jdbc:h2:" + other.resolve("records"), List.of("192.0.2.10"))) {

            // when the local Asterisk calls it
            SimulatedCall call = strict.call("greeting", ServedRuntime.channel(), CallerScript.silent());

            // then the session ends at once with no status (the dialplan falls back) and no call ran
            assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);
            assertThat(call.variables()).doesNotContainKey("CENTRALITA_STATUS");
            assertThat(strict.server().store().calls().count()).isZero();
        }
    }

    /** The refused calls kept for the reports, as "flow call-id". */
    private static List<String> refused() throws Exception {
        try (var connection = runtime.server().store().connection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT flow_id, call_id FROM rejected_calls")) {
            List<String> refused = new java.util.ArrayList<>();
            while (rows.next()) {
                refused.add(rows.getString(1) + " " + rows.getString(2));
            }
            return refused;
        }
    }

    /** The value of the Prometheus sample {@code name} (with its labels) in {@code metrics}, as a whole number. */
    private static long metric(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> (long) Double.parseDouble(line.substring(name.length() + 1).strip()))
                .orElseThrow(() -> new AssertionError(name + " not in\n" + metrics));
    }
}
