package org.centralita.runtime.agi.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The FastAGI socket as res_agi reads it: a reader thread fills a "kernel" buffer; commands
 * are taken with fgets() semantics through a stdio buffer (refilled with up to 8192 bytes,
 * lines cut at 8191 bytes), while "is there input?" looks at the kernel buffer only, as
 * poll() on the fd does. So two commands written in one segment stall the second until more
 * bytes arrive, exactly like Asterisk.
 */
final class AgiInput {
    static final int LINE_LIMIT = 8191;
    private static final int STDIO_BUFFER = 8192;

    private final Deque<byte[]> kernel = new ArrayDeque<>();
    private final WireProbe probe;
    private boolean eof;
    private byte[] stdio = new byte[0];
    private int stdioPos;

    AgiInput(WireProbe probe) {
        this.probe = probe;
    }

    void start(InputStream in, String name) {
        SimThreads.start(name, () -> pump(in));
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[16384];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    probe.arrived(System.nanoTime());
                    arrived(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // a reset or a closed socket is the end of input, as for Asterisk
        }
        closed();
    }

    private synchronized void arrived(byte[] bytes) {
        kernel.addLast(bytes);
        notifyAll();
    }

    private synchronized void closed() {
        eof = true;
        notifyAll();
    }

    /** poll(): waits until bytes (or EOF) are in the kernel buffer, or the real deadline. */
    synchronized boolean awaitReadable(long nanos) throws InterruptedException {
        long deadline = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + nanos;
        while (kernel.isEmpty() && !eof) {
            long left = deadline == Long.MAX_VALUE ? 0 : deadline - System.nanoTime();
            if (deadline != Long.MAX_VALUE && left <= 0) {
                return false;
            }
            if (deadline == Long.MAX_VALUE) {
                wait();
            } else {
                wait(Math.max(1, left / 1_000_000), 0);
            }
        }
        return true;
    }

    /** fgets(): the next command line without its newline, or {@code null} at EOF. */
    synchronized String nextLine() throws InterruptedException {
        StringBuilder line = new StringBuilder();
        while (true) {
            while (stdioPos < stdio.length && line.length() < LINE_LIMIT) {
                char c = (char) (stdio[stdioPos++] & 0xff);
                if (c == '\n') {
                    return line.toString();
                }
                line.append(c);
            }
            if (line.length() >= LINE_LIMIT) {
                return line.toString();
            }
            while (kernel.isEmpty() && !eof) {
                wait();
            }
            if (kernel.isEmpty()) {
                return line.length() == 0 ? null : line.toString();
            }
            refill();
        }
    }

    private void refill() {
        byte[] fill = new byte[STDIO_BUFFER];
        int n = 0;
        while (n < STDIO_BUFFER && !kernel.isEmpty()) {
            byte[] head = kernel.pollFirst();
            int take = Math.min(head.length, STDIO_BUFFER - n);
            System.arraycopy(head, 0, fill, n, take);
            n += take;
            if (take < head.length) {
                kernel.addFirst(Arrays.copyOfRange(head, take, head.length));
            }
        }
        stdio = Arrays.copyOf(fill, n);
        stdioPos = 0;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
