package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.frontend.Data;
import edu.cmu.sphinx.frontend.DataEndSignal;
import edu.cmu.sphinx.frontend.DataProcessor;
import edu.cmu.sphinx.frontend.DataStartSignal;
import edu.cmu.sphinx.frontend.DoubleData;
import edu.cmu.sphinx.frontend.FrontEnd;
import edu.cmu.sphinx.frontend.DataBlocker;
import edu.cmu.sphinx.frontend.filter.Preemphasizer;
import edu.cmu.sphinx.frontend.transform.DiscreteFourierTransform;
import edu.cmu.sphinx.frontend.util.StreamDataSource;
import edu.cmu.sphinx.frontend.window.RaisedCosineWindower;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import edu.cmu.sphinx.util.props.ConfigurationManager;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;

/** The cepstrum with the high band estimated for telephone audio, against Sphinx4's own AutoCepstrum. */
class NarrowbandCepstrumTest {

    @Test
    void shouldComputeExactlyAutoCepstrumsFeaturesWhenTheAudioIsWideband() throws Exception {
        // given the bundled model's AutoCepstrum and our chain built from the same feat.params
        Context context = modelContext();
        ConfigurationManager manager = SphinxEngine.configurationManager(context);
        DataProcessor auto = manager.lookup("autoCepstrum");
        Loader loader = context.getLoader();
        loader.load();
        NarrowbandCepstrum narrowband = NarrowbandCepstrum.forModel(loader.getProperties(), 3500, 0);
        narrowband.estimateHighBand(false);
        SpeechAudio speech = SpeechTestSupport.tts().synthesize("six seven three", "en-US", null).resampledTo(16000);

        // when both turn the same audio into cepstra
        List<double[]> expected = cepstra(speech, auto);
        List<double[]> actual = cepstra(speech, narrowband);

        // then they are the same, frame by frame
        assertSameCepstra(expected, actual);
    }

    @Test
    void shouldChangeTheCepstraOfTelephoneAudioWhenTheHighBandIsEstimated() throws Exception {
        Context context = modelContext();
        Loader loader = context.getLoader();
        loader.load();
        NarrowbandCepstrum measured = NarrowbandCepstrum.forModel(loader.getProperties(), 3500, 0);
        measured.estimateHighBand(false);
        NarrowbandCepstrum estimated = NarrowbandCepstrum.forModel(loader.getProperties(), 3500, 0);
        SpeechAudio telephone = SpeechTestSupport.tts().synthesize("six seven three", "en-US", null).resampledTo(8000)
                .resampledTo(16000);

        List<double[]> plain = cepstra(telephone, measured);
        List<double[]> filled = cepstra(telephone, estimated);

        assertThat(filled).hasSameSizeAs(plain);
        long changed = java.util.stream.IntStream.range(0, plain.size())
                .filter(frame -> !java.util.Arrays.equals(plain.get(frame), filled.get(frame))).count();
        assertThat(changed).as("frames whose cepstrum changed").isGreaterThan(plain.size() / 2);
    }

    @Test
    void shouldEstimateTheFiltersAboveTheBandFromTheTopFilterInsideIt() {
        NarrowbandCepstrum.HighBandEstimate flat = new NarrowbandCepstrum.HighBandEstimate(4, 0);
        assertThat(estimate(flat, 1, 2, 4, 8, 1e-6, 1e-6, 50)).containsExactly(1, 2, 4, 8, 8, 8, 50);

        NarrowbandCepstrum.HighBandEstimate falling = new NarrowbandCepstrum.HighBandEstimate(4, 10);
        assertThat(estimate(falling, 1, 2, 4, 8, 1e-6, 1e-6, 50)).containsExactly(new double[] {1, 2, 4, 8, 0.8, 0.08, 50},
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void shouldEstimateOnlyTheModelsFiltersCentredAboveTheTelephoneBand() {
        // the en-us model: 25 filters from 130 to 6800 Hz; centres at 3446 Hz (index 18) and 3866 Hz (19)
        assertThat(NarrowbandCepstrum.firstMissingFilter(130, 6800, 25, 3500)).isEqualTo(19);
        assertThat(NarrowbandCepstrum.firstMissingFilter(130, 6800, 25, 3400)).isEqualTo(18);
        assertThat(NarrowbandCepstrum.firstMissingFilter(130, 6800, 25, 8000)).isEqualTo(25);
    }

    private static double[] estimate(NarrowbandCepstrum.HighBandEstimate estimate, double... energies) {
        double[] frame = energies.clone();
        estimate.estimate(frame);
        return frame;
    }

    private static Context modelContext() throws Exception {
        return modelContext("resource:/edu/cmu/sphinx/models/en-us/en-us", "resource:/edu/cmu/sphinx/models/en-us/cmudict-en-us.dict");
    }

    /** A Sphinx4 context of an acoustic model and its dictionary (the en-us language model beside them). */
    static Context modelContext(String acousticModel, String dictionary) throws Exception {
        Configuration configuration = new Configuration();
        configuration.setAcousticModelPath(acousticModel);
        configuration.setDictionaryPath(dictionary);
        configuration.setLanguageModelPath("resource:/edu/cmu/sphinx/models/en-us/en-us.lm.bin");
        return new Context(configuration);
    }

    /** The same cepstra, frame by frame, over more than a second of speech. */
    static void assertSameCepstra(List<double[]> expected, List<double[]> actual) {
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).hasSameSizeAs(expected);
        for (int frame = 0; frame < expected.size(); frame++) {
            assertThat(actual.get(frame)).as("frame " + frame).containsExactly(expected.get(frame));
        }
    }

    /** The cepstra of 16 kHz audio through Sphinx4's usual spectrum chain and the given cepstrum. */
    static List<double[]> cepstra(SpeechAudio audio, DataProcessor cepstrum) {
        StreamDataSource source = new StreamDataSource(16000, 3200, 16, false, true);
        source.setInputStream(new ByteArrayInputStream(audio.littleEndianBytes()));
        FrontEnd frontEnd = new FrontEnd(List.of(source, new DataBlocker(10), new Preemphasizer(0.97),
                new RaisedCosineWindower(0.46, 25.625f, 10), new DiscreteFourierTransform(-1, false), cepstrum));
        frontEnd.initialize();
        List<double[]> frames = new ArrayList<>();
        for (Data data = frontEnd.getData(); !(data instanceof DataEndSignal); data = frontEnd.getData()) {
            if (data instanceof DoubleData features) {
                frames.add(features.getValues().clone());
            } else {
                assertThat(data).isInstanceOfAny(DataStartSignal.class);
            }
        }
        return frames;
    }
}
