package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Peers that are not Asterisk, over real sockets: silent connections (slowloris), endless or
 * oversized agi_* blocks. None of them may take a call slot from a real call, hold more memory
 * than the header limits, or stop the server; the simulated Asterisk's calls go on being served.
 */
class AgiHostileConnectionsTest {

    private static final Duration CALL_END = Duration.ofSeconds(10);
    private static final Duration HEADER_TIMEOUT = Duration.ofMillis(1500);

    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
    private final List<Socket> peers = new ArrayList<>();
    private AgiServer server;

    @AfterEach
    void stop() throws Exception {
        for (Socket peer : peers) {
            peer.close();
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
    }

    private void start(int maxCalls, AgiHeaderLimits limits) throws IOException {
        AgiSettings settings = new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), maxCalls, QueueMode.DIALPLAN)
                .withHeader(limits);
        server = new AgiServer(settings, (flow, channel) -> {
            channel.answer();
            return CallResult.hangup();
        }, ChannelOptions.defaults(QueueMode.DIALPLAN));
        server.start();
    }

    private static AgiHeaderLimits limits(int maxWaiting) {
        AgiHeaderLimits defaults = AgiHeaderLimits.defaults();
        return new AgiHeaderLimits(HEADER_TIMEOUT, defaults.maxLineBytes(), defaults.maxLines(), defaults.maxBytes(),
                maxWaiting);
    }

    private SimulatedCall realCall() {
        return asterisk.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()),
                new ChannelSetup().agi("agi://127.0.0.1:4573/bank-main"), CallerScript.silent());
    }

    /** A call from the simulated Asterisk runs its flow to the end (not BUSY, not cut). */
    private void assertARealCallIsServed() throws Exception {
        SimulatedCall call = realCall();
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    private Socket connect() throws IOException {
        Socket peer = new Socket(InetAddress.getLoopbackAddress(), server.port());
        peers.add(peer);
        return peer;
    }

    @Test
    void shouldServeARealCallWhileMoreSilentSocketsThanCallSlotsAreOpen() throws Exception {
        // given 50 call slots and 60 connections that never send a byte
        start(50, limits(1000));
        List<Socket> silent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            silent.add(connect());
        }

        // when a real call comes in, then it is served, not answered BUSY: the silent ones hold no slot
        assertARealCallIsServed();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.activeCalls() == 0);
        // and every silent one is closed by the server after the header time-out, not before
        long opened = System.nanoTime();
        for (Socket peer : silent) {
            assertThat(readUntilClosed(peer, Duration.ofSeconds(10))).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - opened)).isLessThan(HEADER_TIMEOUT.plusSeconds(5));
    }

    @Test
    void shouldCloseTheOldestWaitingConnectionsWhenTooManyWaitForTheirHeader() throws Exception {
        // given room for 10 connections waiting for their header, and 25 silent ones, opened one after another
        start(50, new AgiHeaderLimits(Duration.ofMinutes(5), 8192, 256, 65_536, 10));
        List<Socket> silent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            silent.add(connect());
        }

        // when a real call comes in after them, then it is served
        assertARealCallIsServed();
        // and the 15 oldest silent ones were closed long before their time-out
        for (Socket peer : silent.subList(0, 15)) {
            assertThat(readUntilClosed(peer, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void shouldRefuseAnEndlessHeaderLineAfterReadingNoMoreThanTheLimits() throws Exception {
        // given a peer that starts a header and then sends one line without end
        start(5, limits(1000));
        Socket endless = connect();
        OutputStream out = endless.getOutputStream();
        out.write("agi_network: yes\nagi_request: agi://127.0.0.1/".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');

        // when it keeps writing
        long sent = 0;
        boolean closedByServer = false;
        try {
            while (sent < 256L * 1024 * 1024) {
                out.write(chunk);
                sent += chunk.length;
            }
        } catch (IOException e) {
            closedByServer = true;
        }

        // then the server closed it long before 256 MiB: it read no more than the limit and the socket buffers
        assertThat(closedByServer).isTrue();
        assertThat(sent).isLessThan(32L * 1024 * 1024);
        // and the server goes on serving real calls
        assertARealCallIsServed();
    }

    @Test
    void shouldRefuseAHeaderOfTooManyLinesAtOnce() throws Exception {
        // given a peer sending short header lines without the blank line that would end the block
        start(5, limits(1000));
        Socket flood = connect();
        byte[] lines = "agi_arg_1: x\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);

        // when
        try {
            flood.getOutputStream().write(lines);
        } catch (IOException e) {
            // closed while writing: the server refused it even sooner
        }

        // then it is closed well before the header time-out, and a real call is served
        long start = System.nanoTime();
        assertThat(readUntilClosed(flood, Duration.ofSeconds(10))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HEADER_TIMEOUT);
        assertARealCallIsServed();
    }

    @Test
    void shouldGiveTheHeaderTimeOutToTheHeaderOnlyNeverToTheCall() throws Exception {
        // given a call that stays in the flow, with Asterisk silent, for twice the header time-out
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server = new AgiServer(new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 5, QueueMode.DIALPLAN)
                .withHeader(limits(1000)), (flow, channel) -> {
                    channel.answer();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return CallResult.hangup();
                }, ChannelOptions.defaults(QueueMode.DIALPLAN));
        server.start();
        SimulatedCall call = realCall();

        // when the header time-out passes twice over, the call is still there
        await().during(HEADER_TIMEOUT.multipliedBy(2)).atMost(HEADER_TIMEOUT.multipliedBy(3))
                .until(() -> server.activeCalls() == 1 && !call.isFinished());
        release.countDown();

        // then it ends as the flow says, not cut
        assertThat(call.awaitStatus(CALL_END)).isEqualTo(AgiStatus.SUCCESS);
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    /** Reads until the server closes the connection (true) or {@code within} passes (false). */
    private static boolean readUntilClosed(Socket peer, Duration within) throws IOException {
        peer.setSoTimeout((int) within.toMillis());
        InputStream in = peer.getInputStream();
        try {
            while (in.read() >= 0) {
                // whatever the server says before closing does not matter here
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server: closed too
        }
    }
}
