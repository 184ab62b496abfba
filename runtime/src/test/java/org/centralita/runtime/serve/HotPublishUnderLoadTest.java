package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralita.runtime.publish.PublishFixtures.brokenFlow;
import static org.centralita.runtime.publish.PublishFixtures.bundle;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.admin.LiveCall;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallOutcome;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.FlowVersion;
import org.centralita.runtime.publish.PublishOutcome;
import org.centralita.runtime.publish.TestBuilders;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.CallerScript;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.SimulatedCaller;
import org.centralita.runtime.trace.TraceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publishing while calls run: no call fails, each keeps the version it started with. */
class HotPublishUnderLoadTest {

    private static final int CALLS = 40;

    private final FlowRepository repository = new FlowRepository(TestBuilders.real(), 5, Clock.systemUTC());
    private final LiveCalls liveCalls = new LiveCalls(new RuntimeMetrics(), Clock.systemUTC());
    private final CallEngine engine = CallEngine.standalone();
    private final ExecutorService callThreads = Executors.newFixedThreadPool(2 * CALLS);
    private final CountDownLatch callersMayPress = new CountDownLatch(1);
    private final AtomicInteger callersWaiting = new AtomicInteger();

    @AfterEach
    void stop() {
        callThreads.shutdownNow();
    }

    @Test
    void shouldFinishEveryCallOnTheVersionItStartedWithWhilePublishing() throws Exception {
        // given version 1 serving, and calls on it waiting at the menu
        repository.publish(bundle("greeting.flow.yaml", menuFlow("one")), "ana");
        List<Future<ServedCall>> before = startCalls("before");
        await().atMost(Duration.ofSeconds(30)).until(() -> callersWaiting.get() == CALLS);

        // when a new version is published, then a broken one, and more calls arrive
        PublishOutcome second = repository.publish(bundle("greeting.flow.yaml", menuFlow("two")), "ana");
        PublishOutcome broken = repository.publish(bundle("greeting.flow.yaml", brokenFlow("greeting")), "ana");
        List<Future<ServedCall>> after = startCalls("after");
        callersMayPress.countDown();

        // then no call failed; the first calls ended on version 1, the later ones on version 2
        assertThat(second).isInstanceOf(PublishOutcome.Published.class);
        assertThat(broken).isInstanceOf(PublishOutcome.Refused.class);
        for (Future<ServedCall> call : before) {
            assertThat(call.get()).isEqualTo(new ServedCall(CallOutcome.HANGUP, "1", "Goodbye from version one."));
        }
        for (Future<ServedCall> call : after) {
            assertThat(call.get()).isEqualTo(new ServedCall(CallOutcome.HANGUP, "2", "Goodbye from version two."));
        }
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(2);
        assertThat(liveCalls.count()).isZero();
    }

    private record ServedCall(CallOutcome outcome, Object version, Object lastPrompt) {
    }

    private List<Future<ServedCall>> startCalls(String batch) {
        List<Future<ServedCall>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String id = batch + "-" + i;
            calls.add(callThreads.submit(() -> serve(id)));
        }
        return calls;
    }

    /** What the runtime's call handler does: take the active version once, run the call on it. */
    private ServedCall serve(String callId) {
        FlowVersion version = repository.current("greeting").orElseThrow();
        LiveCall live = liveCalls.begin(callId, "greeting", version.flow().version());
        Queue<TraceEvent> trace = new ConcurrentLinkedQueue<>();
        CallEnd end = engine.run(version.flow(), new WaitingCaller(callId), CallSetup.defaults().withTrace(trace::add));
        live.end(end.outcome().traceName());
        Object started = trace.stream().filter(e -> e.event().equals("start")).findFirst().orElseThrow().fields().get("version");
        Object lastPrompt = trace.stream().filter(e -> e.event().equals("prompt"))
                .reduce((a, b) -> b).orElseThrow().fields().get("text");
        return new ServedCall(end.outcome(), started, lastPrompt);
    }

    /** A caller who presses 1 at the menu once the test lets callers go on. */
    private final class WaitingCaller extends SimulatedCaller {
        WaitingCaller(String id) {
            super(new CallInfo(id, "5551000", "100", null, "SIP/test", Map.of()), HandoffPlan.delivered());
        }

        @Override
        protected CallerAction nextAction(InputRequest request) {
            callersWaiting.incrementAndGet();
            try {
                callersMayPress.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CallerScript.action("1");
        }
    }

    private static String menuFlow(String version) {
        return """
                centralita: 1
                id: greeting
                name: Greeting line
                languages: [en-US]
                start: ask
                nodes:
                  ask:
                    type: menu
                    prompt: "This is version %1$s. Press 1."
                    options:
                      "1": {next: bye}
                    max-retries: done
                  bye: {type: play, prompt: "Goodbye from version %1$s.", next: done}
                  done: {type: hangup}
                """.formatted(version);
    }
}
