package org.centralita.speech.asr;

import edu.cmu.sphinx.frontend.BaseDataProcessor;
import edu.cmu.sphinx.frontend.Data;
import edu.cmu.sphinx.frontend.DataProcessingException;
import edu.cmu.sphinx.frontend.DataProcessor;
import edu.cmu.sphinx.frontend.DoubleData;
import edu.cmu.sphinx.frontend.denoise.Denoise;
import edu.cmu.sphinx.frontend.frequencywarp.MelFrequencyFilterBank;
import edu.cmu.sphinx.frontend.transform.DiscreteCosineTransform;
import edu.cmu.sphinx.frontend.transform.DiscreteCosineTransform2;
import edu.cmu.sphinx.frontend.transform.Lifter;
import edu.cmu.sphinx.util.props.S4Double;
import edu.cmu.sphinx.util.props.S4Integer;
import java.util.Properties;

/**
 * The bundled model's cepstrum (mel filter bank, log, DCT, lifter: what Sphinx4's AutoCepstrum builds
 * from the model's feat.params) with the filters above the telephone band estimated instead of
 * measured. Telephone audio holds nothing above about 3.4 kHz, so in upsampled audio the model's top
 * filters see only the noise floor, frame after frame, where the training speech had the high band
 * of each sound. Each filter whose centre lies above {@code bandEdgeHz} gets the log energy of the
 * highest filter inside the band, lowered by {@code slopeDb} per filter (never below what it
 * measured): fricatives, strong at the top of the band, keep a strong high band, vowels a weak one.
 * The estimate is made only while {@link #estimateHighBand(boolean)} is on (narrowband audio); for
 * wideband audio the chain computes exactly AutoCepstrum's features (NarrowbandCepstrumTest).
 */
final class NarrowbandCepstrum extends BaseDataProcessor {

    private final MelFrequencyFilterBank filterBank;
    private final Denoise denoise;
    private final HighBandEstimate estimate;
    private final DiscreteCosineTransform2 cosineTransform;
    private final Lifter lifter;

    NarrowbandCepstrum(double lowerHz, double upperHz, int filters, int cepstrumLength, int lifterValue,
            double bandEdgeHz, double slopeDb) {
        initLogger();
        filterBank = new MelFrequencyFilterBank(lowerHz, upperHz, filters);
        denoise = defaultDenoise();
        estimate = new HighBandEstimate(firstMissingFilter(lowerHz, upperHz, filters, bandEdgeHz), slopeDb);
        cosineTransform = new DiscreteCosineTransform2(filters, cepstrumLength);
        lifter = new Lifter(lifterValue);
        denoise.setPredecessor(filterBank);
        estimate.setPredecessor(denoise);
        cosineTransform.setPredecessor(estimate);
        lifter.setPredecessor(cosineTransform);
    }

    /**
     * The chain for an acoustic model's feat.params ({@code -lowerf}, {@code -upperf}, {@code -nfilt},
     * {@code -lifter}), as AutoCepstrum reads them for a Sphinx3 model with the DCT transform.
     */
    static NarrowbandCepstrum forModel(Properties featureParameters, double bandEdgeHz, double slopeDb) {
        try {
            return new NarrowbandCepstrum(Double.parseDouble(required(featureParameters, "-lowerf")),
                    Double.parseDouble(required(featureParameters, "-upperf")),
                    Integer.parseInt(required(featureParameters, "-nfilt")),
                    DiscreteCosineTransform.class.getField("PROP_CEPSTRUM_LENGTH").getAnnotation(S4Integer.class)
                            .defaultValue(),
                    Integer.parseInt(required(featureParameters, "-lifter")), bandEdgeHz, slopeDb);
        } catch (NoSuchFieldException changedLibrary) {
            throw new IllegalStateException("this Sphinx4 version's DCT has other settings", changedLibrary);
        }
    }

    private static String required(Properties featureParameters, String name) {
        String value = featureParameters.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("the acoustic model's feat.params has no " + name);
        }
        return value;
    }

    /** Whether the coming utterances are narrowband (telephone) audio, whose high band is estimated. */
    void estimateHighBand(boolean narrowband) {
        estimate.active = narrowband;
    }

    /** Sphinx4's noise removal with its default settings, as AutoCepstrum builds it for this model. */
    private static Denoise defaultDenoise() {
        try {
            return new Denoise(doubleDefault("LAMBDA_POWER"), doubleDefault("LAMBDA_A"), doubleDefault("LAMBDA_B"),
                    doubleDefault("LAMBDA_T"), doubleDefault("MU_T"), doubleDefault("MAX_GAIN"),
                    Denoise.class.getField("SMOOTH_WINDOW").getAnnotation(S4Integer.class).defaultValue());
        } catch (NoSuchFieldException changedLibrary) {
            throw new IllegalStateException("this Sphinx4 version's Denoise has other settings", changedLibrary);
        }
    }

    /** The default of a Denoise setting, from the annotation on the constant that names it. */
    private static double doubleDefault(String constant) throws NoSuchFieldException {
        return Denoise.class.getField(constant).getAnnotation(S4Double.class).defaultValue();
    }

    /** The index of the first mel filter (of {@code filters} from lowerHz to upperHz) centred above bandEdgeHz. */
    static int firstMissingFilter(double lowerHz, double upperHz, int filters, double bandEdgeHz) {
        double lowMel = mel(lowerHz);
        double spacing = (mel(upperHz) - lowMel) / (filters + 1);
        for (int i = 0; i < filters; i++) {
            if (melToHz(lowMel + (i + 1) * spacing) > bandEdgeHz) {
                return i;
            }
        }
        return filters;
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double melToHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }

    @Override
    public void setPredecessor(DataProcessor predecessor) {
        super.setPredecessor(predecessor);
        filterBank.setPredecessor(predecessor);
    }

    @Override
    public void initialize() {
        super.initialize();
        filterBank.initialize();
        denoise.initialize();
        estimate.initialize();
        cosineTransform.initialize();
        lifter.initialize();
    }

    @Override
    public Data getData() throws DataProcessingException {
        return lifter.getData();
    }

    /** Replaces the mel energies above the band with an estimate from the top of the band. */
    static final class HighBandEstimate extends BaseDataProcessor {

        private final int firstMissing;
        private final double stepFactor;
        private boolean active = true;

        HighBandEstimate(int firstMissing, double slopeDb) {
            this.firstMissing = firstMissing;
            this.stepFactor = Math.pow(10, -slopeDb / 10);
        }

        @Override
        public Data getData() throws DataProcessingException {
            Data data = getPredecessor().getData();
            if (active && data instanceof DoubleData energies) {
                estimate(energies.getValues());
            }
            return data;
        }

        /** Fills one frame's mel energies above the band in place. */
        void estimate(double[] values) {
            if (firstMissing == 0 || firstMissing >= values.length) {
                return;
            }
            double estimated = values[firstMissing - 1];
            for (int i = firstMissing; i < values.length; i++) {
                estimated *= stepFactor;
                values[i] = Math.max(values[i], estimated);
            }
        }
    }
}
