package org.centralita.runtime.agi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for an utterance with plain AGI while keeping the node's time-out. RECORD FILE's
 * {@code s=N} counts silence from the start of the recording, so one recording would give up after
 * N seconds. Instead the wait is a series of segments, each {@code s=1} with the time left as its
 * length: a silent segment is discarded and the next one starts, until one holds speech (measured
 * by {@link SpeechEnergy} on the shared recording) or the time-out is used up. A segment cut by
 * its length while the caller speaks is continued and joined, so a late utterance is heard whole.
 */
final class SpeechWait {
    /** The silence that ends an utterance once the caller has spoken. */
    static final int END_OF_SPEECH_SECONDS = 1;
    /** A frame of slack: a segment whose endpos reaches its length minus this was cut by the length. */
    private static final long LENGTH_SLACK_MS = 40;
    private static final int SAMPLES_PER_MS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(SpeechWait.class);

    private final CallerRecorder recorder;

    SpeechWait(CallerRecorder recorder) {
        this.recorder = recorder;
    }

    /** Segments until speech, a key (then DTMF input goes on in {@code digits}) or the time-out. */
    CallerInput listen(InputRequest request, String keys, DigitCollector digits) {
        long left = request.timeout().toMillis();
        do {
            long length = Math.max(left, LENGTH_SLACK_MS);
            String file = recorder.nextFile("utt");
            AgiReply reply = recorder.recordFile(file, keys, length, false, END_OF_SPEECH_SECONDS);
            Path wav = Path.of(file + ".wav");
            if (AgiLine.extra(reply).equals("dtmf")) {
                discard(wav);
                return digits.afterPrompt(request, (char) AgiLine.code(reply));
            }
            long recordedMs = AgiLine.endpos(reply) / SAMPLES_PER_MS;
            boolean cut = recordedMs >= length - LENGTH_SLACK_MS;
            if (heard(wav, recordedMs, cut)) {
                if (cut) {
                    continueUtterance(wav, keys, request.maxSpeech().toMillis() - recordedMs);
                }
                return new CallerInput.Utterance(wav);
            }
            discard(wav);
            // no frames (a caller sending no media) means silence detection never ran: the whole length passed
            left -= recordedMs == 0 ? length : recordedMs;
        } while (left > 0);
        return new CallerInput.Silence();
    }

    /** Speech by energy; without the file (not shared, or none written) by endpos beyond the end silence. */
    private static boolean heard(Path wav, long recordedMs, boolean cut) {
        if (Files.isRegularFile(wav)) {
            return SpeechEnergy.holdsSpeech(wav);
        }
        return !cut && recordedMs - END_OF_SPEECH_SECONDS * 1000L >= SpeechEnergy.MIN_SPEECH_MS;
    }

    /** Records the rest of an utterance the time-out cut and appends it to {@code wav}. */
    private void continueUtterance(Path wav, String keys, long maxMs) {
        if (maxMs <= LENGTH_SLACK_MS) {
            return;
        }
        String file = recorder.nextFile("utt");
        AgiReply reply = recorder.recordFile(file, keys, maxMs, false, END_OF_SPEECH_SECONDS);
        Path rest = Path.of(file + ".wav");
        if (!AgiLine.extra(reply).equals("dtmf") && Files.isRegularFile(rest)) {
            join(wav, rest);
        }
        discard(rest);
    }

    private static void join(Path wav, Path rest) {
        SpeechAudio first = AudioFiles.readWav(wav);
        SpeechAudio second = AudioFiles.readWav(rest).resampledTo(first.sampleRate());
        short[] both = new short[first.length() + second.length()];
        System.arraycopy(first.samples(), 0, both, 0, first.length());
        System.arraycopy(second.samples(), 0, both, first.length(), second.length());
        try {
            Path partial = wav.resolveSibling(wav.getFileName() + ".part.wav");
            AudioFiles.writeWav(new SpeechAudio(both, first.sampleRate()), partial);
            Files.move(partial, wav, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot join the utterance {} with its rest {}: {}", wav, rest, e.getMessage());
        }
    }

    private static void discard(Path wav) {
        try {
            Files.deleteIfExists(wav);
        } catch (IOException e) {
            LOG.debug("cannot remove the silent segment {}: {}", wav, e.getMessage());
        }
    }
}
