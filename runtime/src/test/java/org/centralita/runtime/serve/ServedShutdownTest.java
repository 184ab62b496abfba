package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.store.CallRecord;
import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a served runtime with a live AGI call, as SIGTERM does ({@code serve}'s shutdown hook
 * calls {@link CentralitaServer#shutdown()}): new calls are refused at once, the call in progress
 * goes on to its end and keeps its record, then the shutdown returns.
 */
class ServedShutdownTest {

    @TempDir
    Path directory;
    private ServedRuntime runtime;

    @BeforeEach
    void startRuntime() throws Exception {
        runtime = ServedRuntime.serving(directory, Map.of(MenuFlows.FILE, MenuFlows.menu("one")));
    }

    @AfterEach
    void stopRuntime() {
        runtime.close();
    }

    @Test
    void shouldRefuseNewCallsAndLetTheLiveCallFinishBeforeStopping() throws Exception {
        // given a call waiting at the menu
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        SimulatedCall live = runtime.call("greeting", ServedRuntime.channel(), GatedCaller.of("1", gate, waiting));
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting.get() == 1);

        // when the runtime is told to stop
        Thread stopper = new Thread(runtime::close, "test-sigterm");
        stopper.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.admin("GET", "/health", null).statusCode() == 503);

        // then a new call is refused at once (the dialplan's fall-back runs), while the stop waits for the live one
        SimulatedCall late = runtime.call("greeting", ServedRuntime.channel(), CallerScript.silent());
        assertThat(late.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.FAILURE);
        assertThat(stopper.isAlive()).isTrue();
        assertThat(live.isFinished()).isFalse();

        // when the caller goes on
        gate.countDown();

        // then the live call ends as its flow says, and only then the runtime stops
        assertThat(live.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(live.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
        stopper.join(Duration.ofSeconds(30).toMillis());
        assertThat(stopper.isAlive()).isFalse();
        // and the records store holds the live call's record, and nothing of the refused one
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + directory.resolve("records"))) {
            CallRecord record = store.calls().find(live.uniqueId()).orElseThrow();
            assertThat(record.outcome()).isEqualTo("hangup");
            assertThat(store.calls().find(late.uniqueId())).isEmpty();
            assertThat(store.calls().count()).isEqualTo(1);
        }
    }
}
