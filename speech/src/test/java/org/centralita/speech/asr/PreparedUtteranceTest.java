package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;

/** The recognizer's preparation of an utterance (Sphinx4Recognizer.prepared), without decoding it. */
class PreparedUtteranceTest {

    private static final int PADDING = 8000; // 500 ms at the model's 16 kHz

    private static double mean(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i];
        }
        return sum / (to - from);
    }

    /** One second of a 300 Hz tone at 8 kHz sitting {@code offset} above zero, as one speech-dev speaker records. */
    private static SpeechAudio telephoneTone(int offset) {
        short[] samples = new short[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(offset + 3000 * Math.sin(2 * Math.PI * 300 * i / 8000.0));
        }
        return new SpeechAudio(samples, 8000);
    }

    @Test
    void shouldRemoveTheDcOffsetSoThatTheUtteranceMeetsItsPaddingWithoutAStep() {
        short[] prepared = Sphinx4Recognizer.prepared(telephoneTone(-240)).samples();

        assertThat(prepared.length).isEqualTo(PADDING + 16000 + PADDING);
        double before = mean(prepared, 0, PADDING);
        double speech = mean(prepared, PADDING + 800, PADDING + 16000 - 800);
        double after = mean(prepared, PADDING + 16000, prepared.length);
        // Levelled to half full scale, the offset would be about -240 * 16383 / 3240 = -1214; the noise floor's
        // mean over 500 ms is within a few units of zero.
        assertThat(speech).isBetween(-15.0, 15.0);
        assertThat(before).isBetween(-15.0, 15.0);
        assertThat(after).isBetween(-15.0, 15.0);
    }

    @Test
    void shouldLevelTheSignalNotItsOffset() {
        short[] withOffset = Sphinx4Recognizer.prepared(telephoneTone(-240)).samples();
        short[] without = Sphinx4Recognizer.prepared(telephoneTone(0)).samples();

        int peakWithOffset = 0;
        int peakWithout = 0;
        for (int i = PADDING; i < PADDING + 16000; i++) {
            peakWithOffset = Math.max(peakWithOffset, Math.abs((int) withOffset[i]));
            peakWithout = Math.max(peakWithout, Math.abs((int) without[i]));
        }
        assertThat(peakWithOffset).isCloseTo(peakWithout, org.assertj.core.data.Offset.offset(20));
    }
}
