package org.centralita.runtime.agi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.asteriskjava.util.SocketConnectionFacade;

/**
 * A FastAGI connection for Asterisk-Java's connection handler, over a socket this server
 * accepted: lines end at LF only (as Asterisk writes them), and there is no read time-out,
 * so a call may last hours (Asterisk-Java's own default cuts a connection after 3 hours).
 * A line longer than {@link #MAX_LINE_BYTES}, or more than {@link #MAX_BYTES_PER_COMMAND} read
 * between two commands (a reply of endless lines), ends the session, so no peer holds unbounded memory.
 */
final class SocketConnection implements SocketConnectionFacade {
    private static final int BUFFER = 8192;
    /**
     * Asterisk's own replies are short (res_agi cuts a command line at 8191 bytes; a variable's
     * value is the longest reply): a line past this is not Asterisk talking.
     */
    static final int MAX_LINE_BYTES = 1 << 20;
    /**
     * What may arrive between two commands: one reply (a 520 usage text is the longest, a few
     * KiB) and the unsolicited HANGUP lines; Asterisk-Java keeps a reply's lines until its last.
     */
    static final int MAX_BYTES_PER_COMMAND = 4 << 20;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    /** What was read from the socket and not yet returned: the call's thread alone reads it, so no lock per byte. */
    private final byte[] buffer;
    private int position;
    private int limit;
    private long readSinceCommand;

    SocketConnection(Socket socket) throws IOException {
        this(socket, new byte[0]);
    }

    /**
     * @param received what was already read from the socket (the {@code agi_*} block): read first
     */
    SocketConnection(Socket socket, byte[] received) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.buffer = new byte[Math.max(BUFFER, received.length)];
        System.arraycopy(received, 0, buffer, 0, received.length);
        this.limit = received.length;
    }

    @Override
    public String readLine() throws IOException {
        ByteArrayOutputStream longLine = null;
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    String line = text(longLine, i);
                    position = i + 1;
                    return line;
                }
            }
            if (limit > position) {
                longLine = longLine == null ? new ByteArrayOutputStream() : longLine;
                if (longLine.size() + limit - position > MAX_LINE_BYTES) {
                    throw new IOException("a line of more than " + MAX_LINE_BYTES
                            + " bytes from the peer: not Asterisk's, the session is ended");
                }
                longLine.write(buffer, position, limit - position);
            }
            position = 0;
            limit = Math.max(0, in.read(buffer));
            readSinceCommand += limit;
            if (readSinceCommand > MAX_BYTES_PER_COMMAND) {
                throw new IOException("more than " + MAX_BYTES_PER_COMMAND
                        + " bytes from the peer without a command sent: not Asterisk's, the session is ended");
            }
            if (limit == 0) {
                return longLine == null ? null : longLine.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** The line ending before {@code end}, with what was kept of it from earlier reads. */
    private String text(ByteArrayOutputStream longLine, int end) {
        if (longLine == null) {
            return new String(buffer, position, end - position, StandardCharsets.UTF_8);
        }
        longLine.write(buffer, position, end - position);
        return longLine.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void write(String s) throws IOException {
        readSinceCommand = 0;
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
