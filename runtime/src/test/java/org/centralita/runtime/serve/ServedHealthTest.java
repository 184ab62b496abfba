package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.admin.RuntimeStatus;
import org.centralita.runtime.health.SharedThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /health} of a served runtime tells the truth about the threads every call depends
 * on: up while the FastAGI reception and the records writer work (hostile connections included),
 * 503 "unhealthy" with the reason once one of them is dead.
 */
class ServedHealthTest {

    @TempDir
    Path directory;

    @Test
    void shouldReportADeadRecordsWriterAsUnhealthyWithTheReason() throws Exception {
        try (ServedRuntime runtime = ServedRuntime.serving(directory, Map.of(MenuFlows.FILE, MenuFlows.menu("one")))) {
            whenTheRecordsWriterDiesHealthSaysWhy(runtime);
        }
    }

    @Test
    void shouldReportADeadAgiReceptionAsUnhealthyAndRefuseCallsSoTheDialplanFallsBack() throws Exception {
        try (ServedRuntime runtime = ServedRuntime.serving(directory, Map.of(MenuFlows.FILE, MenuFlows.menu("one")))) {
            whenTheThreadDiesHealthSaysWhy(runtime, runtime.server().runtime().status(), "agi-reception",
                    "agi-reception is dead (it ended without being stopped): no new call is taken");
            // and a new call is refused at once: Asterisk's AGI() fails and its dialplan falls back, no dead air
            SimulatedCall late = runtime.call("greeting", ServedRuntime.channel(), CallerScript.silent());
            assertThat(late.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.FAILURE);
        }
    }

    private static void whenTheRecordsWriterDiesHealthSaysWhy(ServedRuntime runtime) throws Exception {
        whenTheThreadDiesHealthSaysWhy(runtime, runtime.server().runtime().status(), "records-writer",
                "records-writer is dead (it ended without being stopped): call records are not written");
    }

    /** Given a healthy runtime, when the named shared thread ends (interrupted, as a library might do), then health says so. */
    private static void whenTheThreadDiesHealthSaysWhy(ServedRuntime runtime, RuntimeStatus status, String name,
                                                       String problem) throws Exception {
        // given a runtime in good health
        assertThat(runtime.admin("GET", "/health", null).statusCode()).isEqualTo(200);

        // when the thread ends
        SharedThread thread = status.watched().stream().filter(watched -> watched.name().equals(name))
                .findFirst().orElseThrow();
        thread.thread().orElseThrow().interrupt();

        // then health says so, with what it means, and a balancer or supervisor sees 503
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.admin("GET", "/health", null).statusCode() == 503);
        HttpResponse<String> health = runtime.admin("GET", "/health", null);
        assertThat(health.body()).contains("\"status\":\"unhealthy\"").contains(problem);
    }

    @Test
    void shouldStayUpAndKeepRecordingCallsWhileHostilePeersFloodTheAgiPort() throws Exception {
        try (ServedRuntime runtime = ServedRuntime.serving(directory, Map.of(MenuFlows.FILE, MenuFlows.menu("one")))) {
            whenHostilePeersFloodTheAgiPortCallsAreRecordedAndHealthIsUp(runtime);
        }
    }

    private static void whenHostilePeersFloodTheAgiPortCallsAreRecordedAndHealthIsUp(ServedRuntime runtime)
            throws Exception {
        // given peers that send an endless header line, too many header lines, or nothing
        try (Socket endless = connect(runtime); Socket manyLines = connect(runtime); Socket silent = connect(runtime)) {
            writeUntilRefused(endless, "agi_network: yes\nagi_request: ", 'x');
            writeUntilRefused(manyLines, "agi_network: yes\n", '\n');

            // when a real call comes in meanwhile
            SimulatedCall call = runtime.call("greeting", ServedRuntime.channel(), CallerScript.silent());

            // then it is served and recorded, and health is still up: reception and records writer alive
            assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isNotEqualTo(AgiStatus.FAILURE);
            assertThat(runtime.record(call.uniqueId()).callId()).isEqualTo(call.uniqueId());
            HttpResponse<String> health = runtime.admin("GET", "/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"up\"").doesNotContain("problems");
            assertThat(silent.isClosed()).isFalse();
            // and the metrics count the two refused headers
            assertThat(runtime.admin("GET", "/metrics", null).body())
                    .contains("centralita_agi_connections_closed_total{reason=\"header-too-large\"} 2.0");
        }
    }

    private static Socket connect(ServedRuntime runtime) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), runtime.server().agiPort());
    }

    /** Writes {@code start} then {@code filler} without end until the server closes the connection. */
    private static void writeUntilRefused(Socket peer, String start, char filler) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) filler);
        if (filler == '\n') {
            for (int i = 0; i < chunk.length; i += 2) {
                chunk[i] = 'a';
            }
        }
        try {
            OutputStream out = peer.getOutputStream();
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 4096; i++) {
                out.write(chunk);
            }
        } catch (IOException e) {
            return; // refused by the server: what the peer gets
        }
        throw new AssertionError("the server read 256 MiB of header from one connection");
    }
}
