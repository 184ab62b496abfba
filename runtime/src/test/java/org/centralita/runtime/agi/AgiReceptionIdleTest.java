package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The FastAGI reception costs nothing while no call comes: its thread sleeps in the selector
 * until a connection arrives (or a header's deadline comes, or the server stops) instead of
 * waking a few times a second, and stays healthy however long it sleeps.
 */
class AgiReceptionIdleTest {

    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private AgiServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
    }

    private void start(Duration headerTimeout) throws IOException {
        AgiHeaderLimits defaults = AgiHeaderLimits.defaults();
        AgiSettings settings = new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 10, QueueMode.DIALPLAN)
                .withHeader(new AgiHeaderLimits(headerTimeout, defaults.maxLineBytes(), defaults.maxLines(),
                        defaults.maxBytes(), defaults.maxWaiting()));
        server = new AgiServer(settings, (flow, channel) -> {
            channel.answer();
            return CallResult.hangup();
        }, ChannelOptions.defaults(QueueMode.DIALPLAN));
        server.start();
    }

    private void assertARealCallIsServed() throws Exception {
        SimulatedCall call = asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                new ChannelSetup().agi("agi://127.0.0.1:4573/bank-main"), CallerScript.silent());
        assertThat(call.awaitStatus(Duration.ofSeconds(10))).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldNotWakeWhileNoCallComesAndStillTakeTheNextCall() throws Exception {
        // given a server that has served a call and has nothing left to do
        start(AgiHeaderLimits.defaults().timeout());
        assertARealCallIsServed();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.activeCalls() == 0);
        Thread.sleep(300);
        long before = server.receptionRounds();

        // when nothing comes for a second and a half (the reception woke 4 times a second before)
        Thread.sleep(1500);

        // then its thread did not wake at all, and is healthy
        assertThat(server.receptionRounds()).isEqualTo(before);
        assertThat(server.sharedThreads().get(0).problem()).isEmpty();
        // and the next call is taken at once
        assertARealCallIsServed();
        assertThat(server.receptionRounds()).isGreaterThan(before);
    }

    @Test
    void shouldStillCloseASilentConnectionAtItsHeaderDeadlineAfterSleeping() throws Exception {
        // given an idle server
        start(Duration.ofMillis(700));
        Thread.sleep(500);

        // when a peer connects and sends nothing
        long opened = System.nanoTime();
        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            silent.setSoTimeout(10_000);
            InputStream in = silent.getInputStream();

            // then the reception wakes for its deadline and closes it then, not before
            assertThat(in.read()).isEqualTo(-1);
            Duration open = Duration.ofNanos(System.nanoTime() - opened);
            assertThat(open).isGreaterThanOrEqualTo(Duration.ofMillis(650)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldStopAtOnceWhileSleeping() throws Exception {
        // given an idle server
        start(AgiHeaderLimits.defaults().timeout());
        Thread.sleep(500);

        // when it is stopped
        long asked = System.nanoTime();
        server.stop(Duration.ofSeconds(2));

        // then the sleeping reception is woken and closes its socket well within the stop's wait
        assertThat(server.isAccepting()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));
        server = null;
    }
}
