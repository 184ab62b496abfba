package org.centralita.runtime.agi.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;

/**
 * The file a RECORD FILE leaves when the caller spoke recorded audio: 8 kHz 16-bit mono WAV of the
 * line from the start of the recording, each utterance at its instant, up to one second after the
 * last one (Asterisk trims all but one second of the silence that stopped it).
 */
final class RecordedSpeech {
    private static final int SAMPLES_PER_MS = AudioFiles.TELEPHONE_RATE / 1000;
    private static final long KEPT_SILENCE_MS = 1000;

    private RecordedSpeech() {
    }

    /** Writes {@code file} ({@code FILE.wav}) when {@code voices} were heard between {@code start} and {@code end}. */
    static void write(Path file, long start, long end, List<CallerTimeline.Voice> voices) {
        if (voices.isEmpty()) {
            return;
        }
        long lastVoice = voices.stream().mapToLong(CallerTimeline.Voice::to).max().orElseThrow();
        long lengthMs = Math.max(0, Math.min(end, lastVoice + KEPT_SILENCE_MS) - start);
        short[] line = new short[(int) (lengthMs * SAMPLES_PER_MS)];
        for (CallerTimeline.Voice voice : voices) {
            short[] said = voice.audio().samples();
            int at = (int) ((voice.from() - start) * SAMPLES_PER_MS);
            for (int i = Math.max(0, -at); i < said.length && at + i < line.length; i++) {
                line[at + i] = said[i];
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AudioFiles.writeWav(new SpeechAudio(line, AudioFiles.TELEPHONE_RATE), file);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulated Asterisk cannot write " + file, e);
        }
    }
}
