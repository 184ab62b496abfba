package org.centralita.speech.asr;

import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Pool;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Sphinx3Loader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An adaptation of the en-us acoustic model to the telephone channel: for each phone class c, every
 * Gaussian mean m of the phones in c becomes {@code A_c m + b_c} (MLLR, one transform per feature stream, estimated by
 * {@code ChannelAdaptationTrainer} with Sphinx4's {@code Stats}/{@code Transform} from many speakers
 * of a wideband corpus passed through the telephone path: 8 kHz, G.711 u-law, the recognizer's
 * levelling). The bundled model is a 16 kHz model: on telephone audio about five of its 25 mel
 * filters see only the noise floor, and the transform moves the means to where such audio puts them.
 *
 * <p>A class is a set of the model's context-independent phones named by phone ("S") or by
 * {@link PhoneGroup} ("fricative"); a phone belongs to the class that names it, else to the class of
 * its group. Classes are fixed by name, so the same file always adapts the same Gaussians (Sphinx4's own regression classes come from
 * an unseeded k-means and differ from one load to the next).
 *
 * <p>File format (text, one value per token, {@code #} starts a comment line): optionally
 * {@code features high-band-estimated} (the transform was estimated on telephone features whose high band
 * {@code NarrowbandCepstrum} estimated, so the recognizer must estimate it too; else {@code features measured},
 * the default), then {@code streams S dimension N}, then per class {@code class MEMBER[,MEMBER...]} and per stream N rows
 * of N+1 numbers ({@code A}'s row, then that row's {@code b}). The en-us model has 3 streams of 13
 * (cepstra, their deltas, their second deltas).
 */
public final class ChannelAdaptation {

    /** No adaptation: the model as CMU ships it. */
    public static final ChannelAdaptation NONE = new ChannelAdaptation(List.of(), new float[0][][][], new float[0][][]);
    /** The transform estimated for the telephone channel, in the jar (docs/speech.md has its command). */
    static final String BUNDLED = "telephone-mllr.txt";

    /** Sound classes of the model's context-independent phones. */
    public enum PhoneGroup {
        SILENCE, VOWEL, SONORANT, FRICATIVE, STOP;

        private static final Set<String> VOWELS = Set.of("AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH",
                "IY", "OW", "OY", "UH", "UW");
        private static final Set<String> SONORANTS = Set.of("L", "R", "W", "Y", "M", "N", "NG");
        private static final Set<String> FRICATIVES = Set.of("F", "V", "TH", "DH", "S", "Z", "SH", "ZH", "HH", "CH", "JH");
        private static final Set<String> STOPS = Set.of("P", "B", "T", "D", "K", "G");

        /** The group of a phone of the en-us model ("SIL" and the fillers "+NSN+", "+SPN+" are silence). */
        public static PhoneGroup of(String phone) {
            if (phone.equals("SIL") || phone.startsWith("+")) {
                return SILENCE;
            }
            if (VOWELS.contains(phone)) {
                return VOWEL;
            }
            if (SONORANTS.contains(phone)) {
                return SONORANT;
            }
            if (FRICATIVES.contains(phone)) {
                return FRICATIVE;
            }
            if (STOPS.contains(phone)) {
                return STOP;
            }
            throw new IllegalArgumentException("phone '" + phone + "' of the acoustic model is in no phone group");
        }
    }

    private final List<Set<String>> classes;
    private final float[][][][] matrices;
    private final float[][][] offsets;
    private final boolean highBandEstimated;

    /**
     * @param classes  the members of each class: phone groups in lower case ("vowel"), which together cover
     *                 every group exactly once, and phones in upper case ("S"), each in one class at most
     * @param matrices {@code A} per class and stream (N x N)
     * @param offsets  {@code b} per class and stream (N)
     */
    public ChannelAdaptation(List<Set<String>> classes, float[][][][] matrices, float[][][] offsets) {
        this(classes, matrices, offsets, false);
    }

    /**
     * @param highBandEstimated the transform was estimated on telephone features with the high band estimated
     *                          ({@link NarrowbandCepstrum}): the recognizer estimates it for telephone audio too
     */
    public ChannelAdaptation(List<Set<String>> classes, float[][][][] matrices, float[][][] offsets,
            boolean highBandEstimated) {
        if (classes.size() != matrices.length || classes.size() != offsets.length) {
            throw new IllegalArgumentException(classes.size() + " classes but " + matrices.length + " matrices and "
                    + offsets.length + " offsets");
        }
        if (!classes.isEmpty()) {
            EnumSet<PhoneGroup> seen = EnumSet.noneOf(PhoneGroup.class);
            java.util.Set<String> phones = new java.util.HashSet<>();
            for (Set<String> members : classes) {
                for (String member : members) {
                    Optional<PhoneGroup> group = group(member);
                    if (group.isPresent() ? !seen.add(group.get()) : !phones.add(member)) {
                        throw new IllegalArgumentException("'" + member + "' is in two classes");
                    }
                }
            }
            if (!seen.equals(EnumSet.allOf(PhoneGroup.class))) {
                throw new IllegalArgumentException("phone groups in no class: " + EnumSet.complementOf(seen).stream()
                        .map(group -> group.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        }
        this.classes = classes.stream().map(members -> (Set<String>) new java.util.TreeSet<>(members)).toList();
        this.matrices = matrices;
        this.offsets = offsets;
        this.highBandEstimated = highBandEstimated;
    }

    /** The bundled telephone-channel adaptation. */
    public static ChannelAdaptation bundled() {
        return AdaptationText.bundled(BUNDLED, "channel adaptation", ChannelAdaptation::read);
    }

    /** Parses the text form; {@code source} names it in error messages. */
    public static ChannelAdaptation read(Reader text, String source) throws IOException {
        AdaptationText in = AdaptationText.read(text, source);
        boolean highBand = false;
        String first = in.next("'streams'");
        if (first.equals("features")) {
            String features = in.next("the features");
            if (!features.equals("measured") && !features.equals("high-band-estimated")) {
                throw new IOException(source + ": features are 'measured' or 'high-band-estimated', not '" + features + "'");
            }
            highBand = features.equals("high-band-estimated");
            in.expect("streams");
        } else if (!first.equals("streams")) {
            throw new IOException(source + ": expected 'streams', found '" + first + "'");
        }
        int streams = in.whole(1, "a positive dimension");
        in.expect("dimension");
        int dimension = in.whole(1, "a positive dimension");
        List<Set<String>> classes = new ArrayList<>();
        List<float[][][]> matrices = new ArrayList<>();
        List<float[][]> offsets = new ArrayList<>();
        while (in.hasMore()) {
            in.expect("class");
            classes.add(members(in));
            float[][][] a = new float[streams][dimension][dimension];
            float[][] b = new float[streams][dimension];
            in.transform(a, b);
            matrices.add(a);
            offsets.add(b);
        }
        try {
            return new ChannelAdaptation(classes, matrices.toArray(float[][][][]::new), offsets.toArray(float[][][]::new),
                    highBand);
        } catch (IllegalArgumentException invalid) {
            throw new IOException(source + ": " + invalid.getMessage(), invalid);
        }
    }

    private static Set<String> members(AdaptationText in) throws IOException {
        String token = in.next("the members of a class");
        Set<String> members = new java.util.TreeSet<>();
        for (String member : token.split(",")) {
            try {
                group(member);
            } catch (IllegalArgumentException unknown) {
                throw new IOException(in.source() + ": " + unknown.getMessage(), unknown);
            }
            members.add(member);
        }
        return members;
    }

    /** Writes the text form {@link #read} parses, with comment lines first. */
    public void write(Writer out, List<String> comments) {
        PrintWriter print = new PrintWriter(out);
        comments.forEach(comment -> print.println("# " + comment));
        int streams = offsets.length == 0 ? 0 : offsets[0].length;
        int dimension = streams == 0 ? 0 : offsets[0][0].length;
        if (highBandEstimated) {
            print.println("features high-band-estimated");
        }
        print.println("streams " + streams + " dimension " + dimension);
        for (int c = 0; c < classes.size(); c++) {
            print.println("class " + String.join(",", classes.get(c)));
            AdaptationText.writeTransform(print, matrices[c], offsets[c]);
        }
        print.flush();
    }

    /** Whether the transform expects telephone features with the high band estimated ({@link NarrowbandCepstrum}). */
    public boolean highBandEstimated() {
        return highBandEstimated;
    }

    /** The same transform, marked as estimated on features with (or without) the high band estimated. */
    public ChannelAdaptation withHighBandEstimated(boolean estimated) {
        return new ChannelAdaptation(classes, matrices, offsets, estimated);
    }

    public List<Set<String>> classes() {
        return classes;
    }

    /** The class of each Gaussian of the model's means pool (the en-us model ties one mixture per phone). */
    static int[] classOfGaussians(Loader model, List<Set<String>> classes) {
        List<String> phones = new ArrayList<>(model.getContextIndependentUnits().keySet());
        int gaussians = model.getMeansPool().size();
        if (gaussians % phones.size() != 0) {
            throw new IllegalStateException(gaussians + " Gaussians do not divide among " + phones.size()
                    + " phones: not a phonetically tied model");
        }
        int perPhone = gaussians / phones.size();
        classes.stream().flatMap(Set::stream).filter(member -> group(member).isEmpty() && !phones.contains(member))
                .findFirst().ifPresent(unknown -> {
                    throw new IllegalArgumentException("the acoustic model has no phone " + unknown);
                });
        int[] classOf = new int[gaussians];
        for (int phone = 0; phone < phones.size(); phone++) {
            Arrays.fill(classOf, phone * perPhone, (phone + 1) * perPhone, classOf(phones.get(phone), classes));
        }
        return classOf;
    }

    /** The class of a phone: the one naming it, else the one naming its group. */
    static int classOf(String phone, List<Set<String>> classes) {
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).contains(phone)) {
                return c;
            }
        }
        String group = PhoneGroup.of(phone).name().toLowerCase(Locale.ROOT);
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).contains(group)) {
                return c;
            }
        }
        throw new IllegalStateException("no class for phone " + phone);
    }

    /** The group a class member names, if it names a group rather than a phone. */
    static Optional<PhoneGroup> group(String member) {
        if (!member.equals(member.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneGroup.valueOf(member.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown phone group '" + member + "' (known: "
                    + Arrays.stream(PhoneGroup.values()).map(g -> g.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")) + ")");
        }
    }

    /** Moves the loaded model's means in place (Sphinx4's Gaussians score with these arrays). */
    void applyTo(Loader model) {
        if (classes.isEmpty()) {
            return;
        }
        int[] classOf = classOfGaussians(model, classes);
        int streams = ((Sphinx3Loader) model).getNumStreams();
        int perStream = ((Sphinx3Loader) model).getNumGaussiansPerState();
        if (streams != offsets[0].length) {
            throw new IllegalStateException("the model has " + streams + " feature streams, the channel adaptation "
                    + offsets[0].length);
        }
        Pool<float[]> means = model.getMeansPool();
        for (int gaussian = 0; gaussian < means.size(); gaussian++) {
            int stream = gaussian / perStream % streams;
            float[] mean = means.get(gaussian);
            if (mean.length != offsets[0][0].length) {
                throw new IllegalStateException("the model's means have " + mean.length
                        + " dimensions, the channel adaptation " + offsets[0][0].length);
            }
            System.arraycopy(moved(classOf[gaussian], stream, mean), 0, mean, 0, mean.length);
        }
    }

    /** {@code A m + b} of the class and stream. */
    float[] moved(int phoneClass, int stream, float[] mean) {
        return AdaptationText.moved(matrices[phoneClass][stream], offsets[phoneClass][stream], mean);
    }

    /** This adaptation followed by {@code next} (estimated on a model this one had adapted). */
    public ChannelAdaptation then(ChannelAdaptation next) {
        if (classes.isEmpty()) {
            return next;
        }
        if (!next.classes.equals(classes)) {
            throw new IllegalArgumentException("adaptations with other classes cannot be composed");
        }
        int streams = offsets[0].length;
        int n = offsets[0][0].length;
        float[][][][] a = new float[classes.size()][streams][n][n];
        float[][][] b = new float[classes.size()][streams][n];
        for (int c = 0; c < classes.size(); c++) {
            AdaptationText.compose(matrices[c], offsets[c], next.matrices[c], next.offsets[c], a[c], b[c]);
        }
        return new ChannelAdaptation(classes, a, b, next.highBandEstimated);
    }
}
