package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.frontend.DataProcessor;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;

/** The digits model's cepstrum with a warped filter bank, against Sphinx4's own AutoCepstrum for that model. */
class WarpedCepstrumTest {

    @Test
    void shouldComputeExactlyAutoCepstrumsFeaturesUnwarped() throws Exception {
        // given the digits model's AutoCepstrum and the warped chain built from the same feat.params
        Context context = digitsModelContext();
        DataProcessor auto = SphinxEngine.configurationManager(context).lookup("autoCepstrum");
        WarpedCepstrum warped = WarpedCepstrum.forModel(featureParameters(context));
        SpeechAudio speech = speech();

        // when both turn the same audio into cepstra, the warped one at factor 1 (after another factor)
        warped.warp(0.9);
        warped.warp(1);
        List<double[]> expected = NarrowbandCepstrumTest.cepstra(speech, auto);
        List<double[]> actual = NarrowbandCepstrumTest.cepstra(speech, warped);

        // then they are the same, frame by frame
        NarrowbandCepstrumTest.assertSameCepstra(expected, actual);
    }

    @Test
    void shouldMoveTheFiltersWhenWarped() throws Exception {
        Properties parameters = featureParameters(digitsModelContext());
        WarpedCepstrum plain = WarpedCepstrum.forModel(parameters);
        WarpedCepstrum warped = WarpedCepstrum.forModel(parameters);
        warped.warp(0.9);
        SpeechAudio speech = speech();

        List<double[]> unwarped = NarrowbandCepstrumTest.cepstra(speech, plain);
        List<double[]> moved = NarrowbandCepstrumTest.cepstra(speech, warped);

        assertThat(moved).hasSameSizeAs(unwarped);
        long changed = java.util.stream.IntStream.range(0, unwarped.size())
                .filter(frame -> !Arrays.equals(unwarped.get(frame), moved.get(frame))).count();
        assertThat(changed).as("frames whose cepstrum changed").isEqualTo(unwarped.size());
    }

    @Test
    void shouldRefuseAModelWhoseFrontEndItDoesNotReproduce() {
        Properties withLifter = new Properties();
        withLifter.setProperty("-lowerf", "133");
        withLifter.setProperty("-upperf", "6855");
        withLifter.setProperty("-nfilt", "40");
        withLifter.setProperty("-remove_noise", "no");
        withLifter.setProperty("-lifter", "22");

        assertThatThrownBy(() -> WarpedCepstrum.forModel(withLifter)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no lifter");
    }

    private static SpeechAudio speech() {
        return SpeechTestSupport.tts().synthesize("six seven three", "en-US", null).resampledTo(8000).resampledTo(16000);
    }

    private static Properties featureParameters(Context context) throws Exception {
        Loader loader = context.getLoader();
        loader.load();
        return loader.getProperties();
    }

    private static Context digitsModelContext() throws Exception {
        return NarrowbandCepstrumTest.modelContext("resource:/org/centralita/speech/asr/tidigits",
                "resource:/org/centralita/speech/asr/tidigits/dictionary");
    }
}
