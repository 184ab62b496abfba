package org.centralita.runtime.agi.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The FastAGI server end of a recorded transcript, replayed on a real socket: it sends the
 * recorded server chunks, half-closes, closes or resets as the recording did, each step once
 * the Asterisk lines recorded before it have arrived and after the recorded pause (scaled).
 */
final class ScriptedFastAgiServer implements AutoCloseable {
    private static final long LINE_WAIT_MS = 8000;

    /** One server step. */
    record Step(Action action, byte[] bytes, int afterLines, double gapMs) {
    }

    /** What a step does. */
    enum Action { SEND, SHUTDOWN_OUTPUT, CLOSE, RESET }

    private final ServerSocket serverSocket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private int receivedLines;
    private boolean eof;
    private boolean closing;

    ScriptedFastAgiServer() throws IOException {
        serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), serverSocket.getLocalPort());
    }

    /** Accepts the simulator's connection and plays the steps; returns what Asterisk sent. */
    byte[] replay(List<Step> steps, SimClock clock) throws IOException, InterruptedException {
        try (Socket socket = serverSocket.accept()) {
            Thread reader = new Thread(() -> pump(socket), "scripted-server-reader");
            reader.setDaemon(true);
            reader.start();
            OutputStream out = socket.getOutputStream();
            for (Step step : steps) {
                awaitLines(step.afterLines());
                clock.sleep(Math.round(step.gapMs()));
                if (!perform(step, socket, out)) {
                    break;
                }
            }
            awaitEof();
        }
        synchronized (this) {
            return received.toByteArray();
        }
    }

    private boolean perform(Step step, Socket socket, OutputStream out) throws IOException {
        try {
            switch (step.action()) {
                case SEND -> {
                    out.write(step.bytes());
                    out.flush();
                }
                case SHUTDOWN_OUTPUT -> socket.shutdownOutput();
                case CLOSE -> {
                    stopListening(step.afterLines());
                    socket.close();
                    return false;
                }
                case RESET -> {
                    stopListening(step.afterLines());
                    socket.setSoLinger(true, 0);
                    socket.close();
                    return false;
                }
            }
        } catch (IOException e) {
            // as in the recording, writing to a connection Asterisk has closed fails
        }
        return true;
    }

    /**
     * After the server's close() the recording has nothing more: bytes in flight are not kept, and
     * neither are lines that arrived during the pause before the close, which the recording shows
     * were not read (on a loaded machine the scaled pause can outlast Asterisk's next line).
     */
    private synchronized void stopListening(int linesRead) {
        closing = true;
        byte[] bytes = received.toByteArray();
        int end = 0;
        for (int lines = 0; end < bytes.length && lines < linesRead; end++) {
            lines += bytes[end] == '\n' ? 1 : 0;
        }
        received.reset();
        received.write(bytes, 0, end);
    }

    private void pump(Socket socket) {
        byte[] buffer = new byte[16384];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (this) {
                    if (closing) {
                        break;
                    }
                    received.write(buffer, 0, n);
                    for (int i = 0; i < n; i++) {
                        receivedLines += buffer[i] == '\n' ? 1 : 0;
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // a closed or reset socket ends the input
        }
        synchronized (this) {
            eof = true;
            notifyAll();
        }
    }

    private synchronized void awaitLines(int lines) throws InterruptedException {
        long deadline = System.currentTimeMillis() + LINE_WAIT_MS;
        while (receivedLines < lines && !eof && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
    }

    private synchronized void awaitEof() throws InterruptedException {
        long deadline = System.currentTimeMillis() + LINE_WAIT_MS;
        while (!eof && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
    }

    static List<String> lines(byte[] bytes) {
        String text = AgiInput.text(bytes);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
