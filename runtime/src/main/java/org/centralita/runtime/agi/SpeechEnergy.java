package org.centralita.runtime.agi;

import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a recording holds speech, measured as Asterisk's own silence detector does: 20 ms frames
 * whose mean absolute amplitude exceeds 256 (dsp.conf's default {@code silencethreshold}) are
 * voiced, and at least 100 ms of voiced frames make speech (a click or a line burst does not).
 */
final class SpeechEnergy {
    static final int VOICED_MEAN_AMPLITUDE = 256;
    static final long MIN_SPEECH_MS = 100;
    private static final int FRAME_MS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SpeechEnergy.class);

    private SpeechEnergy() {
    }

    /** True when the WAV holds speech; false when it is silent, missing or unreadable (logged). */
    static boolean holdsSpeech(Path wav) {
        if (!Files.isRegularFile(wav)) {
            return false;
        }
        try {
            return voicedMs(AudioFiles.readWav(wav)) >= MIN_SPEECH_MS;
        } catch (RuntimeException e) {
            LOG.warn("cannot measure the recording {}: {}", wav, e.getMessage());
            return false;
        }
    }

    static long voicedMs(SpeechAudio audio) {
        short[] samples = audio.samples();
        int frame = audio.sampleRate() * FRAME_MS / 1000;
        long voiced = 0;
        for (int start = 0; start + frame <= samples.length; start += frame) {
            long sum = 0;
            for (int i = start; i < start + frame; i++) {
                sum += Math.abs(samples[i]);
            }
            if (sum / frame > VOICED_MEAN_AMPLITUDE) {
                voiced += FRAME_MS;
            }
        }
        return voiced;
    }
}
