package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.publish.PublishFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing through the admin API while FastAGI calls run: no call fails, each keeps its version. */
class HotPublishOverAgiTest {

    private static final int CALLS = 20;

    @TempDir
    Path directory;
    private ServedRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void shouldFinishEveryCallOnItsVersionWhilePublishingAGoodAndABrokenVersion() throws Exception {
        // given version 1 serving, and calls on it waiting at the menu
        PublishFixtures.write(directory.resolve("flows"), MenuFlows.FILE, MenuFlows.menu("one"));
        runtime = ServedRuntime.start(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), 100, Clock.systemUTC(), "");
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        List<SimulatedCall> before = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            before.add(runtime.call("greeting", ServedRuntime.channel(), GatedCaller.of("1", gate, waiting)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting.get() == CALLS);

        // when a new version is published, then a broken one, and more calls arrive
        int published = runtime.publish(Map.of(MenuFlows.FILE, MenuFlows.menu("two"))).statusCode();
        int refused = runtime.publish(Map.of(MenuFlows.FILE, PublishFixtures.brokenFlow("greeting"))).statusCode();
        List<SimulatedCall> after = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            after.add(runtime.call("greeting", ServedRuntime.channel(), KeysCaller.of("1")));
        }
        gate.countDown();

        // then no call failed; the first calls ended on version 1, the later ones on version 2
        assertThat(published).isEqualTo(200);
        assertThat(refused).isEqualTo(400);
        assertServedOn(before, "1", "Goodbye from version one.");
        assertServedOn(after, "2", "Goodbye from version two.");
        assertThat(runtime.server().runtime().repository().current("greeting").orElseThrow().number()).isEqualTo(2);
    }

    private void assertServedOn(List<SimulatedCall> calls, String version, String goodbye) throws Exception {
        for (SimulatedCall call : calls) {
            assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
            assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
            List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
            assertThat(trace.get(0)).containsEntry("event", "start").containsEntry("version", version);
            assertThat(trace).filteredOn(e -> "prompt".equals(e.get("event"))).last()
                    .satisfies(prompt -> assertThat(prompt).containsEntry("text", goodbye));
            assertThat(trace.get(trace.size() - 1)).containsEntry("outcome", "hangup");
        }
    }
}
