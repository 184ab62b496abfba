package org.centralita.runtime.agi.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Asterisk's lines to the FastAGI socket. A reply written in two parts (a 520 usage
 * text, or a reply followed by HANGUP) gets Asterisk's observed 40 ms gap before its second
 * part (Nagle's algorithm with the server's delayed ACK), on the simulator's clock.
 */
final class AgiOutput {
    static final long SECOND_WRITE_GAP_MS = 40;

    private final OutputStream out;
    private final SimClock clock;
    private final WireProbe probe;
    private boolean broken;

    AgiOutput(OutputStream out, SimClock clock, WireProbe probe) {
        this.out = out;
        this.clock = clock;
        this.probe = probe;
    }

    /** Writes lines in one write(); a broken connection is remembered, not thrown. */
    void write(String... lines) {
        if (broken) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        // timed before the write: the server may answer before write() returns
        probe.written(System.nanoTime());
        try {
            out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            broken = true;
        }
    }

    /** The gap before the second part of a two-part reply. */
    void secondWriteGap() throws InterruptedException {
        clock.sleep(SECOND_WRITE_GAP_MS);
    }
}
