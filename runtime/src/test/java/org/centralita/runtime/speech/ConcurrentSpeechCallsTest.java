package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.engine.SpeechMatchers;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.centralita.runtime.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty calls saying their menu choice at the same moment, through one engine and the speech
 * matcher the runtime loads: each call gets its own answer (no recognizer shared by two calls at
 * once, no result crossing calls), the pool never grows past its bound, and the heap stays bounded.
 */
class ConcurrentSpeechCallsTest {

    private static final int CALLS = 50;
    /** Measured here: ~250 MB used after GC with two Sphinx4 engines loaded; far below, a leak per call would show. */
    private static final long HEAP_BOUND = 700L * 1024 * 1024;
    /** What fifty finished calls may leave behind, beyond the warm-up call and the engines loaded meanwhile. */
    private static final long GROWTH_BOUND = 64L * 1024 * 1024;
    /** One Sphinx4 engine's copy of the model: ~90 MB measured here, the speech module says about 100. */
    private static final long PER_ENGINE = 150L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void shouldGiveEachOfFiftySimultaneousCallersTheOptionTheySaid() throws Exception {
        // given
        ExecutableFlow flow = VoiceFixtures.compile(dir, "help-desk", VoiceFixtures.HELP_DESK);
        CallEngine engine = new CallEngine(CrmConnectors.NONE, SpeechMatchers.load());
        Path billing = VoiceFixtures.utterance("billing");
        Path support = VoiceFixtures.utterance("technical support");
        assertThat(queueOf(call(engine, flow, billing, "warm-up"))).isEqualTo("billing");
        long before = usedHeapAfterGc();
        int enginesBefore = SpeechEngines.recognizer().loadedEngines();

        // when
        ExecutorService callers = Executors.newFixedThreadPool(CALLS);
        CountDownLatch ring = new CountDownLatch(1);
        List<Future<List<TraceEvent>>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            Path said = i % 2 == 0 ? billing : support;
            String id = "call-" + i;
            calls.add(callers.submit(() -> {
                ring.await();
                return call(engine, flow, said, id);
            }));
        }
        ring.countDown();
        List<String> queues = new ArrayList<>();
        for (Future<List<TraceEvent>> call : calls) {
            queues.add(queueOf(call.get(2, TimeUnit.MINUTES)));
        }
        callers.shutdown();

        // then
        for (int i = 0; i < CALLS; i++) {
            assertThat(queues.get(i)).as("call %d", i).isEqualTo(i % 2 == 0 ? "billing" : "support");
        }
        int enginesAfter = SpeechEngines.recognizer().loadedEngines();
        assertThat(enginesAfter).isBetween(1, Runtime.getRuntime().availableProcessors());
        long after = usedHeapAfterGc();
        assertThat(after).isLessThan(HEAP_BOUND);
        assertThat(after - before).isLessThan(GROWTH_BOUND + (enginesAfter - enginesBefore) * PER_ENGINE);
    }

    private static List<TraceEvent> call(CallEngine engine, ExecutableFlow flow, Path said, String id) {
        InMemoryTraceSink trace = new InMemoryTraceSink();
        ScriptedCaller caller = new ScriptedCaller(new CallInfo(id, "5551234", "100", null, "test", Map.of()),
                List.of(new CallerAction.SayAudio(said)), HandoffPlan.delivered());
        engine.run(flow, caller, new CallSetup(Clock.systemUTC(), null, Map.of(), trace, Set.of()));
        return trace.events();
    }

    private static String queueOf(List<TraceEvent> trace) {
        return trace.stream().filter(e -> e.event().equals("queue")).map(e -> (String) e.get("queue"))
                .findFirst().orElse("none: " + trace);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
