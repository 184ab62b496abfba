package org.centralita.runtime.agi.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated Asterisk's app_queue as a FastAGI server sees it: what EXEC Queue answers when
 * the caller hangs up (while it rings or after an agent answered), what is left on the dead
 * channel, and QUEUE_WAITING_COUNT. Where no recording covers a case, app_queue's source and
 * res_agi's recorded dead-channel behaviour (transcripts fact 1) say what Asterisk does.
 */
class QueueOverAgiSimulationTest {

    private static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";

    private final SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.02));
    private ServerSocket server;
    private Socket socket;
    private BufferedReader in;
    private final List<String> hangups = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
    }

    @Test
    void shouldLeaveMemberInterfaceOnTheDeadChannelWhenTheCallerHangsUpAfterTalkingToTheAgent() throws Exception {
        // given an agent who answers after 1 s, and a caller who hangs up 3 s into EXEC Queue
        SimulatedCall call = place(PbxTarget.answers(1000, 60_000), CallerScript.silent().hangUp(3, 3000));

        // when the queue call ends
        send("SET VARIABLE QUEUESTATUS \"\"");
        send("SET VARIABLE MEMBERINTERFACE \"\"");
        String queue = send("EXEC Queue support,,,,60");

        // then -1, HANGUP, and the variables still answer while channel commands get 511
        assertThat(queue).isEqualTo("200 result=-1");
        assertThat(send("GET VARIABLE QUEUESTATUS")).isEqualTo("200 result=1 ()");
        assertThat(send("GET VARIABLE MEMBERINTERFACE")).isEqualTo("200 result=1 (Local/agent1@agents/n)");
        assertThat(send("CHANNEL STATUS")).isEqualTo(DEAD);
        assertThat(hangups).containsExactly("HANGUP");
        finish(call);
    }

    @Test
    void shouldLeaveNoStatusAndNoMemberWhenTheCallerHangsUpWhileItRings() throws Exception {
        // given an agent who would answer after 10 s, and a caller who hangs up 2 s into EXEC Queue
        SimulatedCall call = place(PbxTarget.answers(10_000, 60_000), CallerScript.silent().hangUp(3, 2000));

        // when
        send("SET VARIABLE QUEUESTATUS \"\"");
        send("SET VARIABLE MEMBERINTERFACE \"\"");
        String queue = send("EXEC Queue support,,,,60");

        // then app_queue's QUEUESTATUS stays unset (ABANDON goes to queue_log only)
        assertThat(queue).isEqualTo("200 result=-1");
        assertThat(send("GET VARIABLE QUEUESTATUS")).isEqualTo("200 result=1 ()");
        assertThat(send("GET VARIABLE MEMBERINTERFACE")).isEqualTo("200 result=1 ()");
        assertThat(send("CHANNEL STATUS")).isEqualTo(DEAD);
        finish(call);
    }

    @Test
    void shouldKeepTheChannelUpAndSetNoMemberWithoutSetInterfaceVarWhenTheAgentHangsUp() throws Exception {
        // given a queue without setinterfacevar whose agent talks 2 s
        SimulatedCall call = place(PbxTarget.answers(500, 2000).withoutInterfaceVariables(), CallerScript.silent());

        // when
        String queue = send("EXEC Queue support,,,,60");

        // then as recorded in exec.txt: -1, QUEUESTATUS unset, the channel still up
        assertThat(queue).isEqualTo("200 result=-1");
        assertThat(send("GET VARIABLE MEMBERINTERFACE")).isEqualTo("200 result=0");
        assertThat(send("CHANNEL STATUS")).isEqualTo("200 result=6");
        finish(call);
    }

    @Test
    void shouldCountTheCallersWaitingInAQueueAsQueueWaitingCountDoes() throws Exception {
        // given three callers already waiting in support
        SimulatedCall call = place(PbxTarget.of(PbxTarget.Outcome.NEVER_ANSWERS).withWaiting(3), CallerScript.silent());

        // when / then: names without case, 0 for a queue that does not exist
        assertThat(send("GET FULL VARIABLE ${QUEUE_WAITING_COUNT(support)}")).isEqualTo("200 result=1 (3)");
        assertThat(send("GET FULL VARIABLE \"${QUEUE_WAITING_COUNT(Support)}\"")).isEqualTo("200 result=1 (3)");
        assertThat(send("GET FULL VARIABLE ${QUEUE_WAITING_COUNT(nowhere)}")).isEqualTo("200 result=1 (0)");
        assertThat(send("GET FULL VARIABLE ${QUEUE_WAITING_COUNT()}")).isEqualTo("200 result=1 ()");
        finish(call);
    }

    private SimulatedCall place(PbxTarget support, CallerScript caller) throws IOException {
        ChannelSetup setup = new ChannelSetup().answered(true).queue("support", support);
        SimulatedCall call = asterisk.call((InetSocketAddress) server.getLocalSocketAddress(), setup, caller);
        socket = server.accept();
        socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        do {
            line = in.readLine();
        } while (line != null && !line.isEmpty());
        return call;
    }

    /** Sends one command; returns its reply's line, the unsolicited HANGUP lines set aside. */
    private String send(String command) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((command + "\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String line = in.readLine();
        while ("HANGUP".equals(line)) {
            hangups.add(line);
            line = in.readLine();
        }
        return line;
    }

    private void finish(SimulatedCall call) throws Exception {
        socket.shutdownOutput();
        call.awaitStatus(Duration.ofSeconds(10));
    }
}
