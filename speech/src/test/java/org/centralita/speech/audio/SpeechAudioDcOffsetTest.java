package org.centralita.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechAudioDcOffsetTest {

    /** A 440 Hz tone of amplitude 5000 sitting {@code offset} above zero (a whole number of periods: mean 0 without it). */
    private static SpeechAudio toneWithOffset(int offset) {
        short[] samples = new short[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(offset + 5000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        return new SpeechAudio(samples, 8000);
    }

    static double mean(SpeechAudio audio) {
        double sum = 0;
        for (short sample : audio.samples()) {
            sum += sample;
        }
        return sum / audio.length();
    }

    @Test
    void shouldSubtractTheOffsetAndKeepTheSignal() {
        SpeechAudio offset = toneWithOffset(-240);

        SpeechAudio centred = offset.withoutDcOffset();

        assertThat(mean(offset)).isCloseTo(-240, org.assertj.core.data.Offset.offset(0.5));
        assertThat(mean(centred)).isCloseTo(0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(centred).isEqualTo(toneWithOffset(0));
        assertThat(centred.sampleRate()).isEqualTo(8000);
    }

    @Test
    void shouldLeaveAudioWithoutOffsetAsItIs() {
        SpeechAudio tone = toneWithOffset(0);

        assertThat(tone.withoutDcOffset()).isEqualTo(tone);
        assertThat(new SpeechAudio(new short[0], 8000).withoutDcOffset().length()).isZero();
    }

    @Test
    void shouldClipRatherThanWrapWhenTheOffsetIsRemovedFromAFullScaleSample() {
        short[] samples = new short[100];
        java.util.Arrays.fill(samples, (short) -1000);
        samples[0] = Short.MAX_VALUE;

        short[] centred = new SpeechAudio(samples, 8000).withoutDcOffset().samples();

        // The mean is about -662: the full-scale sample would be 33429, over the top of 16 bits.
        assertThat(centred[0]).isEqualTo(Short.MAX_VALUE);
        assertThat(centred[1]).isEqualTo((short) (-1000 + 662));
    }
}
