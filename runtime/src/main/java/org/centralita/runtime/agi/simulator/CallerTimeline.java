package org.centralita.runtime.agi.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;

/**
 * The caller's script laid out on the virtual clock: when a command starts, the actions timed
 * from it become key releases, a hang-up and stretches of voice at absolute virtual instants.
 */
final class CallerTimeline {

    /** A key released at {@code at} (pressed at {@code pressedAt}), or the hang-up at {@code at}. */
    record Event(long at, long pressedAt, Character digit) {
        boolean isHangup() {
            return digit == null;
        }
    }

    /** Voice heard from {@code from} to {@code to}; {@code audio} is what was said, when the script gave it. */
    record Voice(long from, long to, SpeechAudio audio) {
    }

    private final CallerScript script;
    private final PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingLong(Event::at));
    private final List<Voice> voice = new ArrayList<>();

    CallerTimeline(CallerScript script) {
        this.script = script;
    }

    void commandStarted(int command, String line, long at) {
        script.commandStarted(command, line);
        for (CallerScript.Step step : script.stepsFor(command)) {
            long when = at + step.afterMs();
            CallerAction action = step.action();
            if (action instanceof CallerAction.Dtmf dtmf) {
                events.add(new Event(when + dtmf.durationMs(), when, dtmf.digit()));
            } else if (action instanceof CallerAction.Speak speak) {
                voice.add(new Voice(when, when + speak.durationMs(), null));
            } else if (action instanceof CallerAction.SpeakAudio spoken) {
                SpeechAudio audio = AudioFiles.readWav(spoken.wav()).resampledTo(AudioFiles.TELEPHONE_RATE);
                voice.add(new Voice(when, when + audio.duration().toMillis(), audio));
            } else {
                events.add(new Event(when, when, null));
            }
        }
    }

    long nextEventAt() {
        Event next = events.peek();
        return next == null ? Long.MAX_VALUE : next.at();
    }

    Event poll() {
        return events.poll();
    }

    /** The recorded voices (with audio) heard between {@code from} and {@code to}, in order. */
    List<Voice> spokenBetween(long from, long to) {
        return voice.stream().filter(v -> v.audio() != null && v.from() < to && v.to() > from)
                .sorted(Comparator.comparingLong(Voice::from)).toList();
    }

    /** The first instant at or after {@code from} that ends {@code silenceMs} of silence. */
    long silenceEndsAt(long from, long silenceMs) {
        long silentSince = from;
        List<Voice> sorted = voice.stream().sorted(Comparator.comparingLong(Voice::from)).toList();
        for (Voice v : sorted) {
            if (v.from() < silentSince + silenceMs && v.to() > silentSince) {
                silentSince = v.to();
            }
        }
        return silentSince + silenceMs;
    }
}
