package org.centralita.runtime.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.centralita.flows.validate.PrintableText;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.InputRequest;

/**
 * A caller at the terminal ({@code simulate} without {@code --keys}): at each wait, reads a line of
 * keys, {@code say:words}, or nothing (silence); {@code hangup} or the end of input hangs up.
 */
public final class ConsoleCaller extends SimulatedCaller {

    private final BufferedReader in;
    private final PrintWriter out;

    public ConsoleCaller(CallInfo info, HandoffPlan plan, BufferedReader in, PrintWriter out) {
        super(info, plan);
        this.in = in;
        this.out = out;
    }

    @Override
    protected CallerAction nextAction(InputRequest request) {
        while (true) {
            out.print(request == null ? "  (recording: Enter ends the message, hangup) > "
                    : request.speech() ? "  keys or say:words (empty = silence, hangup) > "
                    : "  keys (empty = silence, hangup) > ");
            out.flush();
            String line = readLine();
            if (line == null || line.strip().equalsIgnoreCase("hangup")) {
                throw new CallerHungUp();
            }
            try {
                return CallerScript.action(line);
            } catch (IllegalArgumentException e) {
                out.println("  " + PrintableText.of(e.getMessage()));
            }
        }
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terminal", e);
        }
    }
}
