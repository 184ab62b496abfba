package org.centralita.speech.asr;

import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Pool;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Sphinx3Loader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The adaptation of the telephone model (CMU's en-us 8 kHz model with its states tied for the digits, which hears
 * telephone digit strings) to the telephone channel: every Gaussian mean m becomes {@code A m + b} (MLLR, one transform per feature
 * stream for the whole model), then the means of the Gaussians that the adaptation corpus reached are
 * replaced by their MAP estimates ({@code (tau m + sum of posterior-weighted frames) / (tau + sum of posteriors)}).
 * Estimated by {@code DigitModelTrainer} from many speakers of a wideband corpus passed through the telephone
 * path (8 kHz, G.711 u-law, the recognizer's levelling), never from speech-dev.
 *
 * <p>File format (text, {@code #} starts a comment line): {@code streams S dimension N}, then per stream N
 * rows of N+1 numbers ({@code A}'s row, then that row's {@code b}), then {@code means K} and K rows of a
 * Gaussian's index in the model's means pool followed by its N values.
 */
public final class DigitModelAdaptation {

    /** No adaptation: the telephone model as bundled. */
    public static final DigitModelAdaptation NONE = new DigitModelAdaptation(new float[0][][], new float[0][], Map.of());
    /** The adaptation estimated for the telephone channel, in the jar (docs/speech.md has its command). */
    static final String BUNDLED = "telephone-digits-adaptation.txt";

    private final float[][][] matrices;
    private final float[][] offsets;
    private final Map<Integer, float[]> means;

    /**
     * @param matrices {@code A} per stream (N x N)
     * @param offsets  {@code b} per stream (N)
     * @param means    the MAP means by Gaussian index, applied after the transform
     */
    public DigitModelAdaptation(float[][][] matrices, float[][] offsets, Map<Integer, float[]> means) {
        if (matrices.length != offsets.length) {
            throw new IllegalArgumentException(matrices.length + " matrices but " + offsets.length + " offsets");
        }
        this.matrices = matrices;
        this.offsets = offsets;
        this.means = new TreeMap<>(means);
    }

    /** The bundled telephone-channel adaptation of the telephone model. */
    public static DigitModelAdaptation bundled() {
        return AdaptationText.bundled(BUNDLED, "telephone model adaptation", DigitModelAdaptation::read);
    }

    /** How many Gaussians have a MAP mean. */
    public int mapMeans() {
        return means.size();
    }

    /** Reads the text form from a file (the tools that build the telephone model). */
    public static DigitModelAdaptation read(java.nio.file.Path file) throws IOException {
        try (Reader text = java.nio.file.Files.newBufferedReader(file)) {
            return read(text, file.toString());
        }
    }

    /** Parses the text form; {@code source} names it in error messages. */
    public static DigitModelAdaptation read(Reader text, String source) throws IOException {
        AdaptationText in = AdaptationText.read(text, source);
        in.expect("streams");
        int streams = in.whole(0, "a count");
        in.expect("dimension");
        int dimension = in.whole(0, "a count");
        float[][][] a = new float[streams][dimension][dimension];
        float[][] b = new float[streams][dimension];
        in.transform(a, b);
        in.expect("means");
        int count = in.whole(0, "a count");
        Map<Integer, float[]> means = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int index = in.whole(0, "a count");
            float[] mean = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                mean[d] = in.number();
            }
            if (means.put(index, mean) != null) {
                throw new IOException(source + ": Gaussian " + index + " has two means");
            }
        }
        if (in.hasMore()) {
            throw new IOException(source + ": unexpected '" + in.next("") + "' after the means");
        }
        return new DigitModelAdaptation(a, b, means);
    }

    /** Writes the text form {@link #read} parses, with comment lines first. */
    public void write(Writer out, List<String> comments) {
        PrintWriter print = new PrintWriter(out);
        comments.forEach(comment -> print.println("# " + comment));
        int dimension = offsets.length == 0 ? 0 : offsets[0].length;
        print.println("streams " + offsets.length + " dimension " + dimension);
        AdaptationText.writeTransform(print, matrices, offsets);
        print.println("means " + means.size());
        means.forEach((index, mean) -> {
            StringBuilder line = new StringBuilder().append(index);
            for (float value : mean) {
                line.append(String.format(Locale.ROOT, " %.6g", value));
            }
            print.println(line);
        });
        print.flush();
    }

    /** This adaptation's transform followed by {@code next}'s (estimated on a model this one adapted); the MAP means are {@code next}'s. */
    public DigitModelAdaptation then(DigitModelAdaptation next) {
        if (offsets.length == 0) {
            return next;
        }
        if (next.offsets.length == 0) {
            return new DigitModelAdaptation(matrices, offsets, next.means.isEmpty() ? means : next.means);
        }
        int n = offsets[0].length;
        float[][][] a = new float[offsets.length][n][n];
        float[][] b = new float[offsets.length][n];
        AdaptationText.compose(matrices, offsets, next.matrices, next.offsets, a, b);
        return new DigitModelAdaptation(a, b, next.means);
    }

    /** The same transform with these MAP means. */
    public DigitModelAdaptation withMeans(Map<Integer, float[]> mapMeans) {
        return new DigitModelAdaptation(matrices, offsets, mapMeans);
    }

    /** Moves the loaded model's means in place (Sphinx4's Gaussians score with these arrays). */
    void applyTo(Loader model) {
        Pool<float[]> pool = model.getMeansPool();
        if (offsets.length > 0) {
            int streams = ((Sphinx3Loader) model).getNumStreams();
            int perStream = ((Sphinx3Loader) model).getNumGaussiansPerState();
            if (streams != offsets.length) {
                throw new IllegalStateException("the model has " + streams + " feature streams, the adaptation "
                        + offsets.length);
            }
            for (int gaussian = 0; gaussian < pool.size(); gaussian++) {
                int stream = gaussian / perStream % streams;
                float[] mean = pool.get(gaussian);
                if (mean.length != offsets[stream].length) {
                    throw new IllegalStateException("the model's means have " + mean.length
                            + " dimensions, the adaptation " + offsets[stream].length);
                }
                System.arraycopy(moved(stream, mean), 0, mean, 0, mean.length);
            }
        }
        means.forEach((index, value) -> {
            if (index < 0 || index >= pool.size() || pool.get(index).length != value.length) {
                throw new IllegalStateException("the model has no Gaussian " + index + " of " + value.length
                        + " dimensions");
            }
            System.arraycopy(value, 0, pool.get(index), 0, value.length);
        });
    }

    /** {@code A m + b} of the stream. */
    float[] moved(int stream, float[] mean) {
        return AdaptationText.moved(matrices[stream], offsets[stream], mean);
    }
}
