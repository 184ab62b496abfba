package org.centralita.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    static SpeechAudio tone(double frequency, int sampleRate, double seconds) {
        short[] samples = new short[(int) (sampleRate * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(10_000 * Math.sin(2 * Math.PI * frequency * i / sampleRate));
        }
        return new SpeechAudio(samples, sampleRate);
    }

    /** RMS away from the edges, where the filter sees only half its window. */
    private static double steadyRms(SpeechAudio audio) {
        short[] samples = audio.samples();
        int margin = audio.sampleRate() / 10;
        short[] middle = java.util.Arrays.copyOfRange(samples, margin, samples.length - margin);
        return new SpeechAudio(middle, audio.sampleRate()).rms();
    }

    @Test
    void shouldKeepAOneKilohertzToneWhenDownsamplingToTelephoneRate() {
        SpeechAudio wide = tone(1000, 16000, 1.0);

        SpeechAudio narrow = wide.resampledTo(8000);

        assertThat(narrow.sampleRate()).isEqualTo(8000);
        assertThat(narrow.length()).isEqualTo(8000);
        assertThat(steadyRms(narrow)).isCloseTo(steadyRms(wide), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void shouldAttenuateASixKilohertzToneInsteadOfFoldingItIntoTheBand() {
        SpeechAudio wide = tone(6000, 16000, 1.0);

        SpeechAudio narrow = wide.resampledTo(8000);

        double attenuationDb = 20 * Math.log10(steadyRms(narrow) / steadyRms(wide));
        assertThat(attenuationDb).isLessThan(-50);
    }

    @Test
    void shouldKeepAToneWhenUpsamplingForTheRecognizer() {
        SpeechAudio narrow = tone(1000, 8000, 1.0);

        SpeechAudio wide = narrow.resampledTo(16000);

        assertThat(wide.length()).isEqualTo(16000);
        assertThat(steadyRms(wide)).isCloseTo(steadyRms(narrow), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void shouldRefuseAudioAtAnotherRate() {
        assertThatThrownBy(() -> Resampler.between(16000, 8000).resample(tone(1000, 8000, 0.1)))
                .hasMessageContaining("given audio at 8000 Hz");
    }
}
