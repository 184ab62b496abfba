package org.centralita.speech.asr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The text form shared by the model adaptations ({@link ChannelAdaptation}, {@link DigitModelAdaptation}):
 * whitespace-separated tokens, lines starting with {@code #} are comments, and mean transforms written
 * per feature stream as N rows of N+1 numbers ({@code A}'s row, then that row's {@code b}). Also the
 * transforms' arithmetic.
 */
final class AdaptationText {

    private final List<String> tokens;
    private final String source;
    private int at;

    private AdaptationText(List<String> tokens, String source) {
        this.tokens = tokens;
        this.source = source;
    }

    /** Parses an adaptation's text form; {@code source} names it in error messages. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(Reader text, String source) throws IOException;
    }

    /**
     * An adaptation bundled in the speech jar at {@code resource}; {@code what} names it when the jar
     * lacks it or it cannot be read.
     */
    static <T> T bundled(String resource, String what, Parser<T> parser) {
        try (InputStream in = AdaptationText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the speech jar lacks its " + what + " " + resource);
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read " + resource + ": " + failed.getMessage(), failed);
        }
    }

    /** The tokens of {@code text}; {@code source} names it in error messages. */
    static AdaptationText read(Reader text, String source) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(text)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    tokens.addAll(Arrays.asList(line.strip().split("\\s+")));
                }
            }
        }
        return new AdaptationText(tokens, source);
    }

    String source() {
        return source;
    }

    boolean hasMore() {
        return at < tokens.size();
    }

    String next(String what) throws IOException {
        if (!hasMore()) {
            throw new IOException(source + ": ends where " + what + " was expected");
        }
        return tokens.get(at++);
    }

    void expect(String word) throws IOException {
        String token = next("'" + word + "'");
        if (!token.equals(word)) {
            throw new IOException(source + ": expected '" + word + "', found '" + token + "'");
        }
    }

    /** A whole number of at least {@code minimum}, called {@code what} in the message when it is not one. */
    int whole(int minimum, String what) throws IOException {
        String token = next(what);
        try {
            int value = Integer.parseInt(token);
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IOException(source + ": expected " + what + ", found '" + token + "'");
    }

    float number() throws IOException {
        String token = next("a number");
        try {
            float value = Float.parseFloat(token);
            if (Float.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IOException(source + ": expected a number, found '" + token + "'");
    }

    /** Reads one transform per stream into {@code a} (streams x N x N) and {@code b} (streams x N). */
    void transform(float[][][] a, float[][] b) throws IOException {
        for (int stream = 0; stream < b.length; stream++) {
            for (int row = 0; row < b[stream].length; row++) {
                for (int column = 0; column < b[stream].length; column++) {
                    a[stream][row][column] = number();
                }
                b[stream][row] = number();
            }
        }
    }

    /** Writes one transform per stream, as {@link #transform} reads it. */
    static void writeTransform(PrintWriter print, float[][][] a, float[][] b) {
        for (int stream = 0; stream < b.length; stream++) {
            for (int row = 0; row < b[stream].length; row++) {
                StringBuilder line = new StringBuilder();
                for (int column = 0; column < b[stream].length; column++) {
                    line.append(String.format(Locale.ROOT, "%.6g ", a[stream][row][column]));
                }
                print.println(line.append(String.format(Locale.ROOT, "%.6g", b[stream][row])));
            }
        }
    }

    /** {@code A m + b}. */
    static float[] moved(float[][] a, float[] b, float[] mean) {
        float[] moved = new float[mean.length];
        for (int row = 0; row < mean.length; row++) {
            double sum = b[row];
            for (int column = 0; column < mean.length; column++) {
                sum += a[row][column] * mean[column];
            }
            moved[row] = (float) sum;
        }
        return moved;
    }

    /**
     * The transform {@code (secondA, secondB)} applied after {@code (firstA, firstB)}, per stream, written into
     * {@code a} and {@code b} (zeroed, streams x N x N and streams x N).
     */
    static void compose(float[][][] firstA, float[][] firstB, float[][][] secondA, float[][] secondB, float[][][] a,
            float[][] b) {
        for (int s = 0; s < b.length; s++) {
            int n = b[s].length;
            for (int row = 0; row < n; row++) {
                double offset = secondB[s][row];
                for (int k = 0; k < n; k++) {
                    offset += secondA[s][row][k] * firstB[s][k];
                    for (int column = 0; column < n; column++) {
                        a[s][row][column] += secondA[s][row][k] * firstA[s][k][column];
                    }
                }
                b[s][row] = (float) offset;
            }
        }
    }
}
