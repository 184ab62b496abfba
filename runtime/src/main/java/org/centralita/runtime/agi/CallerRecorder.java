package org.centralita.runtime.agi;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.RecordRequest;
import org.centralita.runtime.channel.Recording;

/**
 * RECORD FILE for recordings and for speech utterances: silence detection and a length limit;
 * {@code (dtmf)}, {@code (timeout)}, {@code (hangup)} and {@code (writefile)} replies mapped to
 * what the engine expects. Files are named after the call and a counter.
 */
final class CallerRecorder {
    private static final int SAMPLES_PER_MS = 8;

    private final AgiLine line;
    private final PromptPlayer player;
    private final String directory;
    private final String callId;
    private final AtomicInteger counter = new AtomicInteger();
    private final SpeechWait speech = new SpeechWait(this);

    CallerRecorder(AgiLine line, PromptPlayer player, String directory, String callId) {
        this.line = line;
        this.player = player;
        this.directory = directory;
        this.callId = callId;
    }

    Recording record(RecordRequest request) {
        player.play(request.prompt(), "");
        String file = nextFile("rec");
        long silence = request.silence() == null ? 0 : Math.max(1, request.silence().toSeconds());
        AgiReply reply = recordFile(file, request.terminators(), request.maxDuration().toMillis(), request.beep(),
                (int) silence);
        return new Recording(file + ".wav", Duration.ofMillis(AgiLine.endpos(reply) / SAMPLES_PER_MS));
    }

    /**
     * Waits for one utterance after the prompt, for the node's time-out ({@link SpeechWait}); a key
     * pressed instead goes to the digit collector.
     */
    CallerInput utterance(InputRequest request, DigitCollector digits) {
        String keys = request.digits() ? DigitCollector.ALL_KEYS : "";
        Character key = player.play(request.prompt(), request.bargeIn() ? keys : "");
        if (key != null) {
            return digits.afterPrompt(request, key);
        }
        return speech.listen(request, keys, digits);
    }

    AgiReply recordFile(String file, String terminators, long maxMs, boolean beep, int silenceSeconds) {
        AgiReply reply = line.send(new RecordFileCommand(file, "wav", terminators, (int) maxMs, 0, beep, silenceSeconds));
        String extra = AgiLine.extra(reply);
        if (extra.equals("hangup")) {
            throw new CallerHungUp();
        }
        if (AgiLine.code(reply) < 0) {
            line.ensureAlive();
            throw new AgiCommandFailed("Asterisk could not record to " + file + ": " + reply.getFirstLine(), null);
        }
        return reply;
    }

    String nextFile(String kind) {
        return directory + "/" + callId + "-" + kind + "-" + counter.incrementAndGet();
    }
}
