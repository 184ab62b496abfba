package org.centralita.runtime.ami.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.QueueStatusCompleteEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedAmiTest {

    private SimulatedAmi asterisk;
    private Socket socket;
    private BufferedReader in;

    @BeforeEach
    void start() throws IOException {
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        asterisk.queue("support").holdtime(30, 120)
                .member(QueueMember.free("PJSIP/ana"))
                .caller("+34600111222", Duration.ofSeconds(12));
        socket = new Socket(InetAddress.getLoopbackAddress(), asterisk.port());
        socket.setSoTimeout(5_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        asterisk.close();
    }

    private void send(String... lines) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String message() throws IOException {
        return AmiMessage.read(in).map(AmiMessage::toWire).orElse("<closed>");
    }

    @Test
    void shouldGreetWithTheBannerAndRefuseActionsBeforeLogin() throws IOException {
        assertThat(in.readLine()).isEqualTo("Asterisk Call Manager/11.0.0");

        send("Action: QueueStatus", "ActionID: 7");

        assertThat(message()).isEqualTo("Response: Error\r\nActionID: 7\r\nMessage: Permission denied\r\n\r\n");
    }

    @Test
    void shouldCloseTheConnectionAfterAFailedLogin() throws IOException {
        in.readLine();

        send("Action: Login", "ActionID: 1", "Username: centralita", "Secret: wrong");

        assertThat(message()).isEqualTo("Response: Error\r\nActionID: 1\r\nMessage: Authentication failed\r\n\r\n");
        assertThat(in.readLine()).isNull();
    }

    @Test
    void shouldListQueueStatusEventsWithTheActionIdAndACompleteEvent() throws IOException {
        in.readLine();
        send("Action: Login", "ActionID: 1", "Username: centralita", "Secret: s3cret");
        assertThat(message()).isEqualTo("Response: Success\r\nActionID: 1\r\nMessage: Authentication accepted\r\n\r\n");
        assertThat(message()).startsWith("Event: FullyBooted\r\n");

        send("Action: QueueStatus", "ActionID: 2");

        assertThat(message()).isEqualTo("Response: Success\r\nActionID: 2\r\nEventList: start\r\n"
                + "Message: Queue status will follow\r\n\r\n");
        List<String> events = new ArrayList<>(List.of(message(), message(), message(), message()));
        assertThat(events.get(0)).startsWith("Event: QueueParams\r\nQueue: support\r\n").contains("Calls: 1\r\n",
                "Holdtime: 30\r\n", "ActionID: 2\r\n");
        assertThat(events.get(1)).startsWith("Event: QueueMember\r\nQueue: support\r\nName: PJSIP/ana\r\n")
                .contains("Status: 1\r\n", "Paused: 0\r\n", "ActionID: 2\r\n");
        assertThat(events.get(2)).startsWith("Event: QueueEntry\r\nQueue: support\r\nPosition: 1\r\n")
                .contains("CallerIDNum: +34600111222\r\n", "ActionID: 2\r\n");
        assertThat(events.get(3)).isEqualTo("Event: QueueStatusComplete\r\nActionID: 2\r\nEventList: Complete\r\n"
                + "ListItems: 3\r\n\r\n");
    }

    @Test
    void shouldSendQueueEventsToLoggedInSessions() throws IOException {
        in.readLine();
        send("Action: Login", "ActionID: 1", "Username: centralita", "Secret: s3cret");
        message();
        message();

        asterisk.queue("support").caller("+34600999888", Duration.ZERO);

        assertThat(message()).startsWith("Event: QueueCallerJoin\r\nPrivilege: agent,all\r\n")
                .contains("CallerIDNum: +34600999888\r\n", "Queue: support\r\n", "Position: 2\r\n", "Count: 2\r\n");
    }

    @Test
    void shouldAnswerAsteriskJavasLoginAndQueueStatusAsAsteriskDoes() throws Exception {
        DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", asterisk.port(),
                "centralita", "s3cret");
        connection.login();
        try {
            ResponseEvents answer = connection.sendEventGeneratingAction(new QueueStatusAction(), 2_000);

            assertThat(answer.getResponse().getResponse()).isEqualTo("Success");
            List<ResponseEvent> events = List.copyOf(answer.getEvents());
            assertThat(events).extracting(e -> (Object) e.getClass()).containsExactly(QueueParamsEvent.class,
                    QueueMemberEvent.class, QueueEntryEvent.class, QueueStatusCompleteEvent.class);
            assertThat(((QueueParamsEvent) events.get(0)).getHoldTime()).isEqualTo(30);
            assertThat(((QueueMemberEvent) events.get(1)).getPaused()).isFalse();
            assertThat(((QueueEntryEvent) events.get(2)).getWait()).isBetween(12L, 15L);
            assertThat(connection.getVersion().toString()).contains("22");
        } finally {
            connection.logoff();
        }
    }
}
