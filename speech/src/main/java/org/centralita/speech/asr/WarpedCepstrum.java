package org.centralita.speech.asr;

import edu.cmu.sphinx.frontend.BaseDataProcessor;
import edu.cmu.sphinx.frontend.Data;
import edu.cmu.sphinx.frontend.DataProcessingException;
import edu.cmu.sphinx.frontend.DataProcessor;
import edu.cmu.sphinx.frontend.transform.DiscreteCosineTransform;
import edu.cmu.sphinx.util.props.S4Integer;
import java.util.Properties;

/**
 * The digits model's cepstrum (what Sphinx4's AutoCepstrum builds from its feat.params: mel filter
 * bank, log and the Sphinx-3 DCT, no noise removal, no lifter) with the filter bank's frequencies
 * scaled by a warp factor (vocal tract length normalization): a factor above 1 moves every filter up,
 * so a speaker whose formants sit higher than the model's speakers' is heard with them where the model
 * expects them. At factor 1 the features are exactly AutoCepstrum's (WarpedCepstrumTest).
 */
final class WarpedCepstrum extends BaseDataProcessor {

    private final double lowerHz;
    private final double upperHz;
    private final int filters;
    private final DiscreteCosineTransform cosineTransform;
    private VocalTractFilterBank filterBank;
    private double warp = 1;
    private double vocalTract = 1;

    WarpedCepstrum(double lowerHz, double upperHz, int filters, int cepstrumLength) {
        initLogger();
        this.lowerHz = lowerHz;
        this.upperHz = upperHz;
        this.filters = filters;
        this.cosineTransform = new DiscreteCosineTransform(filters, cepstrumLength);
        this.filterBank = filterBank(1);
        cosineTransform.setPredecessor(filterBank);
    }

    /** The chain for a model's feat.params, refused unless AutoCepstrum would build mel + Sphinx-3 DCT only. */
    static WarpedCepstrum forModel(Properties featureParameters) {
        if (featureParameters.getProperty("-transform") != null || featureParameters.getProperty("-lifter") != null
                || !"no".equals(featureParameters.getProperty("-remove_noise"))) {
            throw new IllegalStateException("the warped cepstrum is for a model with the Sphinx-3 DCT, no lifter and no"
                    + " noise removal; its feat.params asks for more");
        }
        try {
            return new WarpedCepstrum(Double.parseDouble(featureParameters.getProperty("-lowerf")),
                    Double.parseDouble(featureParameters.getProperty("-upperf")),
                    Integer.parseInt(featureParameters.getProperty("-nfilt")),
                    DiscreteCosineTransform.class.getField("PROP_CEPSTRUM_LENGTH").getAnnotation(S4Integer.class)
                            .defaultValue());
        } catch (NoSuchFieldException changedLibrary) {
            throw new IllegalStateException("this Sphinx4 version's DCT has other settings", changedLibrary);
        }
    }

    /** The warp factor of the coming utterances (1: none); the filter bank spans lowerf..upperf times it. */
    void warp(double factor) {
        if (factor == warp) {
            return;
        }
        warp = factor;
        filterBank = filterBank(factor);
        if (getPredecessor() != null) {
            filterBank.setPredecessor(getPredecessor());
        }
        filterBank.initialize();
        cosineTransform.setPredecessor(filterBank);
    }

    /**
     * The vocal tract warp factor of the coming utterances (1: none): the filters inside the telephone band moved by
     * VocalTractFilterBank's piecewise-linear warp, on top of {@link #warp(double)}'s scaling.
     */
    void vocalTract(double factor) {
        vocalTract = factor;
        filterBank.warp(factor);
    }

    /** Mel-spaced filters from lowerf to upperf times {@code scale}, at this chain's vocal tract factor. */
    private VocalTractFilterBank filterBank(double scale) {
        VocalTractFilterBank bank = new VocalTractFilterBank(lowerHz * scale, upperHz * scale, filters,
                VocalTractFilterBank.TELEPHONE_KNEE_HZ, VocalTractFilterBank.TELEPHONE_TOP_HZ);
        bank.warp(vocalTract);
        return bank;
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
        cosineTransform.initialize();
    }

    @Override
    public Data getData() throws DataProcessingException {
        return cosineTransform.getData();
    }
}
