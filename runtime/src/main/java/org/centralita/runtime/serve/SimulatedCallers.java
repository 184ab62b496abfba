package org.centralita.runtime.serve;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimClock;
import org.centralita.runtime.agi.simulator.SimulatedAsterisk;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.SoundLibrary;

/**
 * A developer's tool: places known calls to a running {@code centralita serve} over FastAGI with
 * the simulated Asterisk, so that its records hold calls whose every step is known (the
 * designer's overlay test fills a runtime this way). One call per caller argument, one after
 * the other: keys as {@code simulate --keys} takes them ({@code 1}, {@code 1234,,2}), or
 * {@code hangup} for a caller who hangs up at the flow's first wait for input.
 *
 * <pre>java -cp 'runtime/target/centralita-runtime-*.jar:runtime/target/lib/*' \
 *     org.centralita.runtime.serve.SimulatedCallers 4573 bank-main 1 2 hangup</pre>
 *
 * Prints one line per call ({@code call ID: SUCCESS}); exit status 0 when every call ended, 1
 * when one did not within a minute, 2 on wrong usage.
 */
public final class SimulatedCallers {

    /** The caller argument for a caller who hangs up at the first wait for input. */
    public static final String HANG_UP = "hangup";
    private static final Duration CALL_LIMIT = Duration.ofMinutes(1);
    /** Every prompt the runtime renders is there for the simulated PBX to play: 0.4 s of voice. */
    private static final SoundLibrary.Sound PROMPT = new SoundLibrary.Sound(3200, 400);

    private SimulatedCallers() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.length < 3 || !args[0].matches("\\d{1,5}")) {
            err.println("usage: SimulatedCallers AGI-PORT FLOW-ID CALLER... (a caller: keys as simulate --keys takes them, or "
                    + HANG_UP + ")");
            return 2;
        }
        int port = Integer.parseInt(args[0]);
        String flow = args[1];
        SimulatedAsterisk asterisk = new SimulatedAsterisk(SimClock.scaled(0.05));
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        for (String caller : List.of(args).subList(2, args.length)) {
            CallerScript script = HANG_UP.equals(caller) ? KeysCaller.hangingUpAtFirstWait() : KeysCaller.of(caller);
            ChannelSetup setup = new ChannelSetup().sounds(SoundLibrary.coreSounds().withAnyOther(PROMPT))
                    .agi("agi://127.0.0.1:" + port + "/" + flow);
            SimulatedCall call = asterisk.call(server, setup, script);
            try {
                AgiStatus status = call.awaitStatus(CALL_LIMIT);
                out.println("call " + call.uniqueId() + ": " + status);
            } catch (java.util.concurrent.TimeoutException e) {
                err.println("error: call " + call.uniqueId() + " (" + caller + ") did not end within " + CALL_LIMIT.toSeconds()
                        + " s");
                return 1;
            }
        }
        return 0;
    }
}
