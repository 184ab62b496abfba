package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SocketConnectionTest {

    @Test
    void shouldReadLinesEndingAtLineFeedWhateverHowTheBytesArrive() throws Exception {
        // given a peer writing an agi_* block, a line longer than the read buffer and a
        // two-byte character split between two writes, then closing with a partial line
        String longValue = "x".repeat(20_000);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            OutputStream peer = client.getOutputStream();
            peer.write("agi_network: yes\nagi_request: agi://h/bank\r\n\n".getBytes(StandardCharsets.UTF_8));
            peer.write(("200 result=1 (" + longValue + ")\n").getBytes(StandardCharsets.UTF_8));
            byte[] accented = "200 result=0 (ñ)\n".getBytes(StandardCharsets.UTF_8);
            peer.write(accented, 0, 15);
            peer.flush();
            peer.write(accented, 15, accented.length - 15);
            peer.write("partial".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            SocketConnection connection = new SocketConnection(accepted);

            // when / then
            assertThat(connection.readLine()).isEqualTo("agi_network: yes");
            assertThat(connection.readLine()).isEqualTo("agi_request: agi://h/bank\r");
            assertThat(connection.readLine()).isEmpty();
            assertThat(connection.readLine()).isEqualTo("200 result=1 (" + longValue + ")");
            assertThat(connection.readLine()).isEqualTo("200 result=0 (ñ)");
            assertThat(connection.readLine()).isEqualTo("partial");
            assertThat(connection.readLine()).isNull();
        }
    }

    @Test
    void shouldEndTheSessionOnALineLongerThanAnyAsteriskReply() throws Exception {
        // given a peer sending a reply line that never ends
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            SocketConnection connection = new SocketConnection(accepted, "agi_network: yes\n\n".getBytes(StandardCharsets.UTF_8));
            Thread writer = new Thread(() -> {
                byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                try {
                    OutputStream peer = client.getOutputStream();
                    for (int i = 0; i < 64; i++) {
                        peer.write(chunk);
                    }
                } catch (java.io.IOException e) {
                    // the reader gave up: what the test expects
                }
            });
            writer.setDaemon(true);
            writer.start();

            // when / then: what was read before comes first, then the endless line is refused
            assertThat(connection.readLine()).isEqualTo("agi_network: yes");
            assertThat(connection.readLine()).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(connection::readLine)
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("a line of more than " + SocketConnection.MAX_LINE_BYTES + " bytes");
        }
    }

    @Test
    void shouldEndTheSessionWhenThePeerSendsLinesWithoutEndBetweenTwoCommands() throws Exception {
        // given a peer answering one command with short lines that never stop (a 520 reply without its last line)
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            SocketConnection connection = new SocketConnection(accepted);
            Thread peer = new Thread(() -> {
                byte[] lines = "520-Invalid command syntax.\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
                try {
                    OutputStream out = client.getOutputStream();
                    for (int i = 0; i < 1000; i++) {
                        out.write(lines);
                    }
                } catch (java.io.IOException e) {
                    // the reader gave up: what the test expects
                }
            });
            peer.setDaemon(true);
            connection.write("GET VARIABLE X\n");
            peer.start();

            // when / then: the lines are read until the budget of one reply is spent, then the session ends
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                while (connection.readLine() != null) {
                    // Asterisk-Java keeps these lines until the reply's last one
                }
            }).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("more than " + SocketConnection.MAX_BYTES_PER_COMMAND + " bytes");
        }
    }
}
