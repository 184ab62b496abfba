package org.centralita.speech.asr;

import edu.cmu.sphinx.frontend.BaseDataProcessor;
import edu.cmu.sphinx.frontend.Data;
import edu.cmu.sphinx.frontend.DataProcessingException;
import edu.cmu.sphinx.frontend.DoubleData;
import edu.cmu.sphinx.frontend.frequencywarp.MelFilter;

/**
 * A mel filter bank (Sphinx4's MelFrequencyFilterBank: triangles whose edges are mel-spaced from the lowest to the
 * highest frequency and set to the nearest FFT bin) whose filters are moved by vocal tract length normalization with
 * a piecewise-linear warp of the frequency axis, as in Lee and Rose (1996) and HTK's WARPFREQ: a filter edge at f
 * moves to {@code factor * f} up to a knee, and from the knee the warp runs straight to {@code bandTopHz}, which stays
 * where it is, as does everything above it. The band's top is that of a telephone line (3.5 kHz), so the warp
 * stretches or squeezes what the line carries and leaves the filters above the line (which see no speech, or the
 * en-us model's estimate of the high band) unmoved. The knee sits at {@code kneeHz} times min(1, 1/factor), so that
 * neither the filter edge nor its moved place passes kneeHz. A factor above 1 moves the filters up (a shorter vocal
 * tract's formants, higher, land in the filters a model speaker's would); at factor 1 the filters are exactly
 * Sphinx4's. The recognizer decodes at factor 1: a factor chosen per utterance or per caller by the models' scores
 * lost single digits and gained no strings on speech-dev (docs/speech.md, "Vocal tract length normalization");
 * VtlnProbe measures it.
 */
final class VocalTractFilterBank extends BaseDataProcessor {

    /** The top of a telephone line's band (it passes up to about 3.4 kHz): SphinxEngine's band edge, 3.5 kHz. */
    static final double TELEPHONE_TOP_HZ = SphinxEngine.TELEPHONE_BAND_EDGE_HZ;
    /** The warp's knee, 500 Hz under the band's top (Kaldi's default for its upper VTLN cutoff). */
    static final double TELEPHONE_KNEE_HZ = TELEPHONE_TOP_HZ - 500;

    private final double lowerHz;
    private final double upperHz;
    private final int filters;
    private final double kneeHz;
    private final double bandTopHz;
    private double factor = 1;
    private MelFilter[] bank;
    private int sampleRate;
    private int spectrumLength;

    VocalTractFilterBank(double lowerHz, double upperHz, int filters, double kneeHz, double bandTopHz) {
        initLogger();
        if (kneeHz >= bandTopHz) {
            throw new IllegalArgumentException("the warp's knee (" + kneeHz + " Hz) must lie under the band's top ("
                    + bandTopHz + " Hz)");
        }
        this.lowerHz = lowerHz;
        this.upperHz = upperHz;
        this.filters = filters;
        this.kneeHz = kneeHz;
        this.bandTopHz = bandTopHz;
    }

    /** The warp factor of the coming frames (1: the filters as the model's feat.params puts them). */
    void warp(double warpFactor) {
        if (warpFactor <= 0) {
            throw new IllegalArgumentException("warp factor must be positive, got " + warpFactor);
        }
        if (warpFactor != factor) {
            factor = warpFactor;
            bank = null;
        }
    }

    /** Where the warp puts frequency {@code hz}. */
    static double warped(double hz, double factor, double kneeHz, double bandTopHz) {
        if (factor == 1 || hz >= bandTopHz) {
            return hz;
        }
        double knee = kneeHz * Math.min(1, 1 / factor);
        if (hz <= knee) {
            return factor * hz;
        }
        return factor * knee + (hz - knee) * (bandTopHz - factor * knee) / (bandTopHz - knee);
    }

    @Override
    public Data getData() throws DataProcessingException {
        Data input = getPredecessor().getData();
        if (input instanceof DoubleData spectrum) {
            return filtered(spectrum);
        }
        return input;
    }

    private DoubleData filtered(DoubleData spectrum) {
        double[] power = spectrum.getValues();
        if (bank == null || sampleRate != spectrum.getSampleRate() || spectrumLength != power.length) {
            sampleRate = spectrum.getSampleRate();
            spectrumLength = power.length;
            bank = build(sampleRate / (double) ((power.length - 1) * 2));
        }
        double[] energies = new double[filters];
        for (int i = 0; i < filters; i++) {
            energies[i] = bank[i].filterOutput(power);
        }
        return new DoubleData(energies, sampleRate, spectrum.getFirstSampleNumber());
    }

    /** The filters for FFT bins {@code binHz} apart: Sphinx4's edges, then warped. */
    private MelFilter[] build(double binHz) {
        double lowMel = mel(lowerHz);
        double spacing = (mel(upperHz) - lowMel) / (filters + 1);
        // edges[0] is the first filter's left edge, edges[i + 1] the i-th filter's centre, edges[filters + 1] the
        // last filter's right edge: each filter's edges are its neighbours' centres.
        double[] edges = new double[filters + 2];
        // (the mel steps summed one by one, as Sphinx4 does, so that every edge rounds to the same bin).
        edges[0] = nearestBin(lowerHz, binHz);
        double edgeMel = lowMel;
        for (int i = 1; i <= filters + 1; i++) {
            edgeMel += spacing;
            edges[i] = nearestBin(hz(edgeMel), binHz);
        }
        // Each edge moved, then set to the nearest bin again, as Sphinx4 would set it had the bank been made there:
        // every factor's filters are then shaped alike, and scores of different factors compare. Where the bins
        // are too coarse for two neighbouring edges, the edge is kept off the bin, at least half a bin above the last.
        for (int i = 0; i < edges.length; i++) {
            double moved = warped(edges[i], factor, kneeHz, bandTopHz);
            double onBin = nearestBin(moved, binHz);
            edges[i] = i > 0 && onBin <= edges[i - 1] ? Math.max(moved, edges[i - 1] + binHz / 2) : onBin;
        }
        MelFilter[] built = new MelFilter[filters];
        for (int i = 0; i < filters; i++) {
            double firstBin = nearestBin(edges[i], binHz);
            if (firstBin < edges[i]) {
                firstBin += binHz;
            }
            built[i] = new MelFilter(edges[i], edges[i + 1], edges[i + 2], firstBin, binHz);
        }
        return built;
    }

    private static double nearestBin(double hz, double binHz) {
        return binHz * Math.round(hz / binHz);
    }

    // The mel scale as Sphinx4's filter bank computes it (natural logarithms).
    private static double mel(double hz) {
        return 2595.0 * (Math.log(1.0 + hz / 700.0) / Math.log(10.0));
    }

    private static double hz(double mel) {
        return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
    }
}
