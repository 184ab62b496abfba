package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.Handoff;
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
 * A spoken menu choice end to end over a real FastAGI socket: the runtime plays the synthesized
 * prompt from the media directory, records the caller with RECORD FILE, the simulated Asterisk
 * writes what the caller said as the recording, and the runtime recognizes it and takes the option.
 * Commands: ANSWER is 1, the prompt's STREAM FILE 2, RECORD FILE 3.
 */
class AgiSpeechCallTest {

    private static final int RECORD_FILE = 3;

    @TempDir
    Path dir;
    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private final InMemoryTraceSink trace = new InMemoryTraceSink();
    private AgiServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
    }

    private void serve(ExecutableFlow flow, Path recordings) throws IOException {
        CallEngine engine = new CallEngine(CrmConnectors.NONE, new RecognizingSpeechMatcher());
        PromptRenderer prompts = VoiceFixtures.synthesizedPrompts(dir);
        server = new AgiServer(new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 10, QueueMode.DIALPLAN),
                (flowId, channel) -> run(engine, flow, channel),
                new ChannelOptions(prompts, recordings.toString(), QueueMode.DIALPLAN));
        server.start();
    }

    private CallResult run(CallEngine engine, ExecutableFlow flow, CallChannel channel) {
        CallEnd end = engine.run(flow, channel, CallSetup.defaults().withTrace(trace));
        return end.handoff() instanceof Handoff.Queue queue ? CallResult.queue(queue) : CallResult.hangup();
    }

    @Test
    void shouldRecognizeTheCallersRecordedWordsAndTakeTheMenuOption() throws Exception {
        // given
        Path recordings = dir.resolve("recording");
        serve(VoiceFixtures.compile(dir, "help-desk", VoiceFixtures.HELP_DESK), recordings);
        CallerScript caller = CallerScript.silent()
                .at(RECORD_FILE, 400, new CallerAction.SpeakAudio(VoiceFixtures.utterance("technical support")));

        // when
        SimulatedCall call = asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                new ChannelSetup().agi("agi://127.0.0.1:4573/help-desk").callerSendsMedia(true)
                        .writableDirectory(recordings.toString()), caller);

        // then
        assertThat(call.awaitStatus(Duration.ofSeconds(30))).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "QUEUE").containsEntry("CENTRALITA_QUEUE", "support");
        TraceEvent input = trace.events().stream().filter(e -> e.event().equals("input")).findFirst().orElseThrow();
        assertThat(input.node()).isEqualTo("menu");
        assertThat(input.fields()).containsEntry("mode", "speech").containsEntry("value", "technical support");
        assertThat((Double) input.get("confidence")).isBetween(0.5, 1.0);
        assertThat(recordings.resolve(call.uniqueId() + "-utt-1.wav")).isRegularFile();
        assertThat(dir.resolve("sounds")).isDirectoryContaining("glob:**.wav");
    }
}
