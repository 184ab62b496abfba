package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.store.CallRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The developer's tool that places known calls to a served runtime (the designer's overlay test uses it). */
class SimulatedCallersTest {

    private static final String FLOW = """
            centralita: 1
            id: two-ways
            name: Two ways
            languages: [en-US]
            start: menu
            nodes:
              menu:
                type: menu
                prompt: Press 1 or 2.
                timeout: 3s
                retries: 1
                options:
                  "1": {next: one}
                  "2": {next: two}
                max-retries: two
              one: {type: hangup, prompt: One.}
              two: {type: hangup, prompt: Two.}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldPlaceOneCallPerCallerAndLetTheRuntimeRecordWhereEachWent() throws Exception {
        try (ServedRuntime runtime = ServedRuntime.serving(dir, Map.of("two-ways.flow.yaml", FLOW))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = SimulatedCallers.run(new String[] {Integer.toString(runtime.server().agiPort()), "two-ways", "1", "2",
                SimulatedCallers.HANG_UP}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3).allMatch(l -> l.startsWith("call "));
            List<CallRecord> calls = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.server().store().calls()
                    .startedBetween(Instant.now().minusSeconds(600), Instant.now().plusSeconds(60)), c -> c.size() == 3);
            assertThat(calls).extracting(CallRecord::lastNode).containsExactlyInAnyOrder("one", "two", "menu");
            assertThat(calls).extracting(CallRecord::outcome).containsExactlyInAnyOrder("hangup", "hangup", "caller-hangup");
        }
    }

    @Test
    void shouldNameItsUsageWhenCalledWrongly() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SimulatedCallers.run(new String[] {"not-a-port", "flow"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: SimulatedCallers AGI-PORT FLOW-ID CALLER...");
    }
}
