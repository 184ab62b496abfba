package org.centralita.runtime.agi.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every call recorded from a real Asterisk 22 against the simulated Asterisk, over a
 * real socket, and expects the simulator to send exactly the bytes Asterisk sent, line by line,
 * with only {@link VaryingValues} masked, and to end AGI() with the same AGISTATUS.
 */
class TranscriptReplayTest {
    /** Ten times faster than real time: the recorded pauses and media keep their order. */
    private static final double CLOCK_SCALE = 0.1;

    static Stream<Arguments> recordedCalls() throws IOException {
        Path directory = TranscriptDirectory.locate();
        List<Arguments> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".txt", "");
                for (TranscriptCall call : TranscriptReader.read(directory, name)) {
                    calls.add(Arguments.of(name + " #" + call.number() + " " + call.title(), call));
                }
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedCalls")
    void shouldSendWhatAsteriskSent(String label, TranscriptCall call) throws Exception {
        // given
        TranscriptScenario scenario = new TranscriptScenario(call);
        SimClock clock = SimClock.scaled(CLOCK_SCALE);
        SimulatedAsterisk asterisk = new SimulatedAsterisk(clock);

        // when
        byte[] received = new byte[0];
        SimulatedCall simulated;
        if (scenario.connects) {
            try (ScriptedFastAgiServer server = new ScriptedFastAgiServer()) {
                simulated = asterisk.call(server.address(), scenario.setup, scenario.caller);
                received = server.replay(scenario.steps, clock);
            }
        } else {
            simulated = asterisk.call(closedPort(), scenario.setup, scenario.caller);
        }
        AgiStatus status = simulated.awaitStatus(Duration.ofSeconds(10));

        // then
        assertThat(VaryingValues.mask(ScriptedFastAgiServer.lines(received)))
                .as("lines sent by the simulated Asterisk")
                .containsExactlyElementsOf(VaryingValues.mask(ScriptedFastAgiServer.lines(scenario.expected)));
        assertThat(status.name()).as("AGISTATUS").isEqualTo(call.agiStatus().orElseThrow());
    }

    private static InetSocketAddress closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), probe.getLocalPort());
        }
    }
}
