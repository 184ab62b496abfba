package org.centralita.runtime.agi.simulator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a recorded call into what the replay needs: the channel as the dialplan set it up
 * (from the AMI Originate and Asterisk's log), the caller's key presses and hang-up (each timed
 * from the command that was running), the server's steps, and the exact bytes Asterisk sent.
 */
final class TranscriptScenario {
    private static final Pattern AGI_APP = Pattern.compile(
            "Executing \\[(.+)@(.+):(\\d+)\\] AGI\\(\"[^\"]*\", \"(.*)\"\\) in new stack");
    private static final Pattern SET_APP = Pattern.compile("Executing \\[.*\\] Set\\(\"[^\"]*\", \"([^=]+)=(.*)\"\\)");
    private static final Pattern DTMF = Pattern.compile("AMI PlayDTMF .* Digit: (\\S) Duration: (\\d+).*");
    private static final Pattern HANGUP = Pattern.compile("AMI Hangup Channel: \\S+;1 .*");
    private static final Pattern ORIGINATE = Pattern.compile(
            "AMI Originate .*Application: (\\S+)(?: Data: (\\S+))? .*Variable: (.*) -> .*");

    final TranscriptCall call;
    final ChannelSetup setup = new ChannelSetup();
    final CallerScript caller = CallerScript.silent();
    final List<ScriptedFastAgiServer.Step> steps = new ArrayList<>();
    final byte[] expected;
    final boolean connects;

    TranscriptScenario(TranscriptCall call) {
        this.call = call;
        this.connects = call.notes().stream().anyMatch(n -> n.text().startsWith("TCP connection accepted"));
        ByteArrayOutputStream fromAsterisk = new ByteArrayOutputStream();
        call.chunks().stream().filter(TranscriptCall.Chunk::fromAsterisk).forEach(c -> fromAsterisk.writeBytes(c.bytes()));
        this.expected = fromAsterisk.toByteArray();
        describeChannel();
        describePbx();
        timeline();
    }

    private void describeChannel() {
        boolean answeredBeforeAgi = false;
        for (String log : call.log()) {
            Matcher agi = AGI_APP.matcher(log);
            Matcher set = SET_APP.matcher(log);
            if (agi.find()) {
                setup.agi(agi.group(4)).dialplan(agi.group(2), agi.group(1), Integer.parseInt(agi.group(3)));
                break;
            } else if (set.find() && !set.group(1).contains("(")) {
                setup.variable(set.group(1), set.group(2));
            } else if (log.contains("] Answer(")) {
                answeredBeforeAgi = true;
            }
        }
        setup.answered(answeredBeforeAgi);
        header("agi_channel").ifPresent(setup::channelName);
        header("agi_language").ifPresent(setup::language);
        header("agi_accountcode").ifPresent(setup::accountCode);
        setup.callerId(header("agi_callerid").orElse("5551234"), header("agi_calleridname").orElse("AGI Tester"));
        call.notes().stream().map(n -> ORIGINATE.matcher(n.text())).filter(Matcher::matches).findFirst()
                .ifPresent(this::originate);
    }

    private void originate(Matcher originate) {
        for (String assignment : originate.group(3).split(", ")) {
            String[] kv = assignment.split("=", 2);
            setup.variable(kv[0], kv[1]);
        }
        setup.deadAtStart("1".equals(setup.variables.get("DEADAGI")));
        if ("Playback".equals(originate.group(1))) {
            setup.callerSendsMedia(true);
            int firstRecord = firstCommandIndex("RECORD FILE");
            if (firstRecord > 0) {
                caller.at(firstRecord, 0, new CallerAction.Speak(voicedMs(originate.group(2))));
            }
        }
    }

    /** The caller's playlist as heard by a silence detector: voice until its last voiced part ends. */
    private int voicedMs(String playlist) {
        SoundLibrary sounds = SoundLibrary.coreSounds();
        int at = 0;
        int voiceEnd = 0;
        for (String name : playlist.split("&")) {
            SoundLibrary.Sound sound = sounds.find(name).orElseThrow();
            if (sound.voicedMs() > 0) {
                voiceEnd = at + sound.voicedMs();
            }
            at += sound.lengthMs();
        }
        return voiceEnd;
    }

    /** The queues and Dial targets of setup/queues-agi-test.conf and the [agents] context. */
    private void describePbx() {
        setup.queue("support-empty", PbxTarget.of(PbxTarget.Outcome.EMPTY))
                .queue("support-noanswer", PbxTarget.of(PbxTarget.Outcome.NEVER_ANSWERS))
                .queue("support", PbxTarget.answers(10, 2430))
                .dialTarget("Local/noanswer@agents", PbxTarget.of(PbxTarget.Outcome.NEVER_ANSWERS))
                .dialTarget("Local/agent1@agents", PbxTarget.answers(10, 2420));
    }

    private Optional<String> header(String field) {
        String prefix = field + ": ";
        return ScriptedFastAgiServer.lines(expected).stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length())).findFirst();
    }

    private int firstCommandIndex(String command) {
        int index = 0;
        for (TranscriptCall.Chunk chunk : serverChunks()) {
            for (String line : ScriptedFastAgiServer.lines(chunk.bytes())) {
                index += commandsIn(line);
                if (line.regionMatches(true, 0, command, 0, command.length())) {
                    return index;
                }
            }
        }
        return -1;
    }

    private List<TranscriptCall.Chunk> serverChunks() {
        return call.chunks().stream().filter(c -> !c.fromAsterisk()).toList();
    }

    /** res_agi reads at most 8191 bytes per command: a longer line is several commands. */
    private static int commandsIn(String line) {
        return line.length() / AgiInput.LINE_LIMIT + 1;
    }

    private record Timed(double timeMs, int order, Object item) {
    }

    /** Walks chunks and notes in time order into caller actions and server steps. */
    private void timeline() {
        List<Timed> events = new ArrayList<>();
        int order = 0;
        for (TranscriptCall.Chunk chunk : call.chunks()) {
            events.add(new Timed(chunk.timeMs(), order++, chunk));
        }
        for (TranscriptCall.Line note : call.notes()) {
            events.add(new Timed(note.timeMs(), order++, note));
        }
        events.sort(Comparator.comparingDouble(Timed::timeMs).thenComparingInt(Timed::order));
        callerActions(events);
        serverSteps(events);
    }

    /** Key presses and the hang-up, each timed from the start of the command last sent before it. */
    private void callerActions(List<Timed> events) {
        int commands = 0;
        double lastCommandAt = 0;
        for (Timed event : events) {
            if (event.item() instanceof TranscriptCall.Chunk chunk) {
                if (!chunk.fromAsterisk()) {
                    for (String line : ScriptedFastAgiServer.lines(chunk.bytes())) {
                        commands += commandsIn(line);
                    }
                    lastCommandAt = chunk.timeMs();
                }
                continue;
            }
            String note = ((TranscriptCall.Line) event.item()).text();
            Matcher dtmf = DTMF.matcher(note);
            long after = Math.round(event.timeMs() - lastCommandAt);
            if (dtmf.matches() && commands > 0) {
                caller.at(commands, after, new CallerAction.Dtmf(dtmf.group(1).charAt(0), Integer.parseInt(dtmf.group(2))));
            } else if (HANGUP.matcher(note).matches() && commands > 0) {
                caller.hangUp(commands, after);
            }
        }
    }

    private void serverSteps(List<Timed> events) {
        List<ScriptedFastAgiServer.Step> timed = new ArrayList<>();
        int lines = 0;
        double previous = 0;
        for (Timed event : events) {
            if (event.item() instanceof TranscriptCall.Chunk chunk) {
                if (chunk.fromAsterisk()) {
                    lines += ScriptedFastAgiServer.lines(chunk.bytes()).size();
                } else {
                    timed.add(new ScriptedFastAgiServer.Step(ScriptedFastAgiServer.Action.SEND, chunk.bytes(), lines,
                            chunk.timeMs() - previous));
                }
                previous = chunk.timeMs();
            } else {
                Optional<ScriptedFastAgiServer.Action> action = serverAction(((TranscriptCall.Line) event.item()).text());
                if (action.isPresent()) {
                    timed.add(new ScriptedFastAgiServer.Step(action.get(), new byte[0], lines, event.timeMs() - previous));
                    previous = event.timeMs();
                }
            }
        }
        steps.addAll(timed);
    }

    private static Optional<ScriptedFastAgiServer.Action> serverAction(String note) {
        if (note.startsWith("server: shutdown(SHUT_WR)")) {
            return Optional.of(ScriptedFastAgiServer.Action.SHUTDOWN_OUTPUT);
        }
        if (note.startsWith("server: close() with SO_LINGER=0")) {
            return Optional.of(ScriptedFastAgiServer.Action.RESET);
        }
        if (note.startsWith("server: close() without further reading")) {
            return Optional.of(ScriptedFastAgiServer.Action.CLOSE);
        }
        return Optional.empty();
    }
}
