package org.centralita.runtime.agi.simulator;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One FastAGI session of the simulated Asterisk, run on its own thread: sends the agi_* block,
 * then reads and answers commands until the server closes, applying res_agi's rules for
 * unsolicited HANGUP lines, dead channels, and input that arrives while media plays.
 */
final class AgiSession {
    private static final String HANGUP = "HANGUP";

    private final Socket socket;
    private final SimClock clock;
    private final ChannelSetup setup;
    private final ChannelState channel;
    private final ChannelState peer;
    private final CallerTimeline timeline;
    private final Map<String, String> database;
    private final AgiInput input = new AgiInput();
    private final AgiOutput output;
    private final String threadId;
    private final Map<String, Integer> recordings = new ConcurrentHashMap<>();
    private int commandCount;
    private long commandStart;
    private boolean hangupSent;
    private boolean ended;
    private boolean failureLine;

    AgiSession(Socket socket, SimClock clock, ChannelSetup setup, ChannelState channel, CallerScript script,
               Map<String, String> database, String threadId) throws IOException {
        this.socket = socket;
        this.clock = clock;
        this.setup = setup;
        this.channel = channel;
        this.peer = ChannelState.peer(channel.name().replaceAll(";2$", ";1"));
        this.timeline = new CallerTimeline(script);
        this.database = database;
        this.threadId = threadId;
        this.output = new AgiOutput(socket.getOutputStream(), clock);
    }

    void run() throws IOException, InterruptedException {
        input.start(socket.getInputStream(), "sim-agi-reader-" + channel.uniqueId());
        output.write(AgiHeader.lines(setup, channel, threadId).toArray(String[]::new));
        try {
            while (!ended) {
                if (!awaitCommand()) {
                    break;
                }
                String line = input.nextLine();
                if (line == null) {
                    finalHangup();
                    break;
                }
                execute(line);
            }
        } finally {
            socket.close();
        }
    }

    private void execute(String line) throws InterruptedException {
        commandCount++;
        commandStart = clock.now();
        timeline.commandStarted(commandCount, line, commandStart);
        if (line.regionMatches(true, 0, "failure", 0, 7)) {
            failureLine = true;
            finalHangup();
            return;
        }
        boolean wasDead = channel.isDead();
        AgiCommands.execute(this, line);
        if (!wasDead && channel.isDead()) {
            output.secondWriteGap();
            notifyHangup();
        }
    }

    /** Idles until input arrives, handling the caller's idle-time actions; false when the session ended. */
    private boolean awaitCommand() throws InterruptedException {
        while (true) {
            long next = timeline.nextEventAt();
            boolean readable = input.awaitReadable(clock.nanosUntil(next));
            drainIdleEvents(readable ? clock.now() : next);
            if (ended) {
                return false;
            }
            if (readable) {
                return true;
            }
        }
    }

    /** Keys pressed while no command listens are lost; a hang-up is signalled at once. */
    private void drainIdleEvents(long upTo) {
        while (timeline.nextEventAt() <= upTo) {
            CallerTimeline.Event event = timeline.poll();
            if (event.isHangup() && !channel.isDead()) {
                channel.hangUp(16);
                notifyHangup();
            }
        }
    }

    private void notifyHangup() {
        if (hangupSent || channel.flag("AGISIGHUP", "no")) {
            return;
        }
        output.write(HANGUP);
        hangupSent = true;
        if (channel.flag("AGIEXITONHANGUP", "yes")) {
            finalHangup();
        }
    }

    /** After the server's FIN (or a FAILURE line, or AGIEXITONHANGUP): one more HANGUP, then close. */
    private void finalHangup() {
        if (!channel.flag("AGISIGHUP", "no")) {
            output.write(HANGUP);
        }
        ended = true;
    }

    /**
     * Waits inside a media command until the deadline, the caller's next action, or (when
     * {@code commandFdInterrupts}) input on the socket, whichever comes first on the virtual clock.
     */
    Happening await(long deadline, boolean commandFdInterrupts) throws InterruptedException {
        long eventAt = timeline.nextEventAt();
        long until = Math.min(eventAt, deadline);
        if (commandFdInterrupts) {
            if (input.awaitReadable(clock.nanosUntil(until))) {
                return new Happening.Input(Math.min(clock.now(), until));
            }
        } else {
            clock.sleepUntil(until);
        }
        if (eventAt < deadline) {
            CallerTimeline.Event event = timeline.poll();
            if (event.isHangup()) {
                channel.hangUp(16);
                return new Happening.HungUp(event.at());
            }
            return new Happening.Key(event.at(), event.pressedAt(), event.digit());
        }
        return new Happening.Deadline(deadline);
    }

    void reply(String line) {
        output.write(line);
    }

    /** A 520 reply: its first line, Asterisk's gap, then the usage text and the closing line. */
    void usage(List<String> text) throws InterruptedException {
        output.write("520-Invalid command syntax.  Proper usage follows:");
        output.secondWriteGap();
        String[] rest = new String[text.size() + 1];
        for (int i = 0; i < text.size(); i++) {
            rest[i] = text.get(i);
        }
        rest[text.size()] = "520 End of proper usage.";
        output.write(rest);
    }

    long commandStart() {
        return commandStart;
    }

    long now() {
        return clock.now();
    }

    ChannelState channel() {
        return channel;
    }

    ChannelState peer() {
        return peer;
    }

    ChannelSetup setup() {
        return setup;
    }

    CallerTimeline timeline() {
        return timeline;
    }

    Map<String, String> database() {
        return database;
    }

    Map<String, Integer> recordings() {
        return recordings;
    }

    AgiStatus status() {
        if (failureLine) {
            return AgiStatus.FAILURE;
        }
        if (channel.isDead() && !setup.deadAtStart) {
            return AgiStatus.HANGUP;
        }
        return channel.stickyFailure() ? AgiStatus.FAILURE : AgiStatus.SUCCESS;
    }
}
