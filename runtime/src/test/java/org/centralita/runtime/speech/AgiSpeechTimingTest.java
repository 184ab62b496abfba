package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.agi.AgiServer;
import org.centralita.runtime.agi.AgiSettings;
import org.centralita.runtime.agi.CallResult;
import org.centralita.runtime.agi.ChannelOptions;
import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.agi.QueueMode;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerAction;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.WireProbe;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.centralita.runtime.trace.TraceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input timing of speech waits over AGI, measured on the simulated Asterisk's clock: the node's
 * time-out (5 s by default) holds although RECORD FILE's silence detection stops after one second.
 * Commands: ANSWER is 1, the prompt's STREAM FILE 2, the first RECORD FILE 3.
 */
class AgiSpeechTimingTest {

    private static final int FIRST_RECORD = 3;
    private static final String ACCOUNT = """
            centralita: 1
            id: account
            start: account
            variables:
              account: {type: digits}
            nodes:
              account:
                type: input
                mode: both
                grammar: digits
                prompt: Say or key your four digit account number.
                min-digits: 4
                max-digits: 4
                store: account
                next: bye
                max-retries: bye
              bye: {type: hangup, prompt: Goodbye.}
            """;

    /** One command as the simulated Asterisk started it, on its virtual clock. */
    private record Started(int command, String line, long at) {
    }

    @TempDir
    Path dir;
    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.1));
    private final InMemoryTraceSink trace = new InMemoryTraceSink();
    private final List<Started> started = new CopyOnWriteArrayList<>();
    /** When Asterisk wrote each reply, on its virtual clock. */
    private final List<Long> replies = new CopyOnWriteArrayList<>();
    private AgiServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
    }

    @Test
    void shouldGiveNoInputAfterTheMenusTimeoutWhenTheCallerSaysNothing() throws Exception {
        // given
        CallerScript caller = logged(CallerScript.silent());

        // when
        SimulatedCall call = place("help-desk", VoiceFixtures.HELP_DESK, caller);

        // then: the wait's RECORD FILEs ask for the time left of the 5 s time-out, each one less by what the
        // one before recorded (silence detection stops each after 1 s), down to the last bit of it
        assertThat(call.awaitStatus(Duration.ofSeconds(60))).isEqualTo(AgiStatus.HANGUP);
        long waitStart = started.get(FIRST_RECORD - 1).at();
        int lastSegment = FIRST_RECORD;
        while (started.get(lastSegment).line().startsWith("RECORD FILE")) {
            lastSegment++;
        }
        List<Long> lengths = started.subList(FIRST_RECORD - 1, lastSegment).stream()
                .map(s -> Long.parseLong(s.line().split(" ")[5])).toList();
        assertThat(lengths.get(0)).isEqualTo(5000L);
        assertThat(lengths).as(started.toString()).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(lengths.get(lengths.size() - 1)).isLessThan(1000L);
        // and the last replies 5 s after the wait began on Asterisk's clock, not 1 s and not a segment more
        // (the simulator's timers, run ten times as fast, overshoot by some ms a segment: up to 0.6 s in all)
        long lastSegmentStart = started.get(lastSegment - 1).at();
        long waitEnd = replies.stream().filter(at -> at >= lastSegmentStart).min(Long::compare).orElseThrow();
        assertThat(waitEnd - waitStart).as(started.toString()).isBetween(5000L, 5600L);
        assertThat(started.stream().filter(s -> s.line().startsWith("RECORD FILE")))
                .allSatisfy(s -> assertThat(s.line()).endsWith(" s=1"));
        assertThat(trace.events().stream().filter(e -> e.event().equals("input"))).isEmpty();
    }

    @Test
    void shouldRecognizeACallerWhoSpeaksThreeSecondsIntoTheFiveSecondWait() throws Exception {
        // given
        CallerScript caller = logged(CallerScript.silent()
                .at(FIRST_RECORD, 3000, new CallerAction.SpeakAudio(VoiceFixtures.utterance("technical support"))));

        // when
        SimulatedCall call = place("help-desk", VoiceFixtures.HELP_DESK, caller);

        // then
        assertThat(call.awaitStatus(Duration.ofSeconds(60))).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_QUEUE", "support");
        List<TraceEvent> inputs = trace.events().stream().filter(e -> e.event().equals("input")).toList();
        assertThat(inputs).singleElement().satisfies(input -> assertThat(input.fields())
                .containsEntry("mode", "speech").containsEntry("value", "technical support"));
    }

    @Test
    void shouldTakeAKeyPressedDuringASpeechWaitAsDigitsAndCollectTheRest() throws Exception {
        // given: the first key 2.5 s into the wait, the others after it within the inter-digit time-out
        CallerScript caller = logged(CallerScript.silent().press(FIRST_RECORD, 2500, '1'));
        caller.reacting((command, line, script) -> {
            started.add(new Started(command, line, asterisk.clock().now()));
            if (line.startsWith("WAIT FOR DIGIT")) {
                script.press(command, 300, (char) ('1' + started.stream().filter(s -> s.line().startsWith("WAIT")).count()));
            }
        });

        // when
        SimulatedCall call = place("account", ACCOUNT, caller);

        // then
        assertThat(call.awaitStatus(Duration.ofSeconds(60))).isEqualTo(AgiStatus.HANGUP);
        TraceEvent input = trace.events().stream().filter(e -> e.event().equals("input")).findFirst().orElseThrow();
        assertThat(input.fields()).containsEntry("mode", "dtmf").containsEntry("value", "1234");
        // the inter-digit waits, then (the four digits in) a short one in which a terminator would be swallowed
        assertThat(started.stream().filter(s -> s.line().startsWith("WAIT FOR DIGIT")).map(Started::line))
                .containsExactly("WAIT FOR DIGIT 3000", "WAIT FOR DIGIT 3000", "WAIT FOR DIGIT 3000", "WAIT FOR DIGIT 800");
    }

    private CallerScript logged(CallerScript script) {
        return script.reacting((command, line, s) -> started.add(new Started(command, line, asterisk.clock().now())));
    }

    private SimulatedCall place(String id, String yaml, CallerScript caller) throws IOException {
        Path recordings = dir.resolve("recording");
        serve(VoiceFixtures.compile(dir, id, yaml), recordings);
        return asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                new ChannelSetup().agi("agi://127.0.0.1:4573/" + id).callerSendsMedia(true)
                        .writableDirectory(recordings.toString()).probe(new WireProbe() {
                            @Override
                            public void written(long nanoTime) {
                                replies.add(asterisk.clock().now());
                            }

                            @Override
                            public void arrived(long nanoTime) {
                                // only replies mark the end of a wait
                            }
                        }), caller);
    }

    private void serve(ExecutableFlow flow, Path recordings) throws IOException {
        CallEngine engine = new CallEngine(CrmConnectors.NONE, new RecognizingSpeechMatcher());
        PromptRenderer prompts = VoiceFixtures.synthesizedPrompts(dir);
        server = new AgiServer(new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 10, QueueMode.DIALPLAN),
                (flowId, channel) -> {
                    CallEnd end = engine.run(flow, channel, CallSetup.defaults().withTrace(trace));
                    return end.handoff() instanceof org.centralita.runtime.channel.Handoff.Queue queue
                            ? CallResult.queue(queue) : CallResult.hangup();
                },
                new ChannelOptions(prompts, recordings.toString(), QueueMode.DIALPLAN));
        server.start();
    }
}
