package org.centralita.speech.asr;

import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.decoder.adaptation.ClusteredDensityFileData;
import edu.cmu.sphinx.decoder.adaptation.Stats;
import edu.cmu.sphinx.decoder.adaptation.Transform;
import edu.cmu.sphinx.decoder.search.Token;
import edu.cmu.sphinx.frontend.FloatData;
import edu.cmu.sphinx.linguist.HMMSearchState;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Pool;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Sphinx3Loader;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.LogMath;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/**
 * Estimates the telephone model's adaptation to the telephone channel ({@link DigitModelAdaptation}) from a
 * corpus of digits said by many speakers: each recording goes through the telephone line (8 kHz, u-law)
 * and the recognizer's own preparation and is aligned with its known digit by a grammar of that word
 * alone. Each MLLR pass aligns with the model the passes before adapted and estimates one transform
 * (Sphinx4's {@code Stats}/{@code Transform}, one class); a last pass aligns again and moves each Gaussian
 * the aligned frames reached to its MAP estimate. A command-line program (docs/speech.md has the command):
 *
 * <pre>DigitModelTrainer CORPUS[,CORPUS...] OUT [--passes 2] [--tau 5] [--speeds 1]</pre>
 *
 * {@code --speeds 0.9,1,1.1} also uses each recording played that much faster or slower (pitch and
 * formants move with it: more voices from the same speakers).
 *
 * Each CORPUS holds recordings in the layouts of the Speech Commands data set ({@link WordCorpus}); only
 * the digit words' recordings are used (the model hears digit strings only).
 */
public final class DigitModelTrainer {

    static final java.util.Set<String> DIGITS = java.util.Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    private final Path grammars;
    private final List<Double> speeds;

    DigitModelTrainer(Path grammars, List<Double> speeds) {
        this.grammars = grammars;
        this.speeds = speeds;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DigitModelTrainer CORPUS[,CORPUS...] OUT [--passes N] [--tau T] [--speeds S,S...]");
            System.exit(2);
        }
        int passes = 2;
        double tau = 5;
        String speeds = "1";
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--passes" -> passes = Integer.parseInt(args[i + 1]);
                case "--tau" -> tau = Double.parseDouble(args[i + 1]);
                case "--speeds" -> speeds = args[i + 1];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        List<Path> corpus = WordCorpus.directories(args[0]);
        List<WordCorpus.Recording> recordings = WordCorpus.read(corpus, Integer.MAX_VALUE);
        List<String> comments = new ArrayList<>();
        comments.add("Adaptation of the telephone model (CMU en-us 8 kHz, its states tied for the digits) to the telephone");
        comments.add("channel: MLLR of every Gaussian mean");
        comments.add("(one class per feature stream), then MAP means, from the digit recordings of " + WordCorpus.names(corpus)
                + " through 8 kHz u-law.");
        comments.add(String.format(Locale.ROOT, "Rebuilt by DigitModelTrainer (docs/speech.md, \"The telephone model\"): "
                + "--passes %d --tau %s --speeds %s", passes, tau, speeds));
        DigitModelAdaptation adaptation = new DigitModelTrainer(Files.createTempDirectory("digit-grammars"),
                java.util.Arrays.stream(speeds.split(",")).map(Double::parseDouble).toList())
                .train(recordings, passes, tau, line -> {
                    System.out.println(line);
                    comments.add(line);
                });
        try (Writer writer = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            adaptation.write(writer, comments);
        }
        System.out.println("written " + args[1]);
    }

    /** {@code passes} MLLR passes, then the MAP means with prior weight {@code tau}; {@code report} hears each pass's counts. */
    DigitModelAdaptation train(List<WordCorpus.Recording> recordings, int passes, double tau,
            Consumer<String> report) {
        DigitModelAdaptation adaptation = DigitModelAdaptation.NONE;
        for (int pass = 1; pass <= passes; pass++) {
            SphinxEngine engine = SphinxEngine.load(initial(), adaptation);
            try {
                Sphinx3Loader model = (Sphinx3Loader) engine.acousticModel();
                ClusteredDensityFileData oneClass = new ClusteredDensityFileData(model, 1);
                // Stats inverts the variance pool in place: this engine is used for nothing else afterwards
                // (decoding is unaffected: Sphinx4's Gaussians keep their own precisions).
                Stats stats = new Stats(model, oneClass);
                int[] counts = align(engine, recordings, result -> {
                    try {
                        stats.collect(new SpeechResult(result));
                    } catch (Exception unaligned) {
                        throw new IllegalStateException("cannot collect statistics: " + unaligned, unaligned);
                    }
                });
                Transform transform = new Transform(model, 1);
                transform.update(stats);
                adaptation = adaptation.then(new DigitModelAdaptation(transform.getAs()[0], transform.getBs()[0], Map.of()));
                report.accept(String.format(Locale.ROOT, "MLLR pass %d: %d recordings aligned, %d skipped, %d frames",
                        pass, counts[0], counts[1], stats.getFrames()));
            } finally {
                engine.close();
            }
        }
        SphinxEngine engine = SphinxEngine.load(initial(), adaptation);
        try {
            MapMeans map = new MapMeans((Sphinx3Loader) engine.acousticModel());
            int[] counts = align(engine, recordings, map::collect);
            Map<Integer, float[]> means = map.means(tau);
            report.accept(String.format(Locale.ROOT, "MAP (tau %s): %d recordings aligned, %d skipped, %d Gaussians moved",
                    tau, counts[0], counts[1], means.size()));
            return adaptation.withMeans(means);
        } finally {
            engine.close();
        }
    }

    private CompiledGrammar initial() {
        return new GrammarCompiler(grammars).compile(Grammar.builtin("digits", 1, 1));
    }

    /** Aligns each recording of a digit with that word; {@code aligned} gets each aligned result. Returns {aligned, skipped}. */
    int[] align(SphinxEngine engine, List<WordCorpus.Recording> recordings, Consumer<Result> aligned) {
        GrammarCompiler compiler = new GrammarCompiler(grammars);
        int used = 0;
        int skipped = 0;
        for (WordCorpus.Recording recording : recordings) {
            if (!DIGITS.contains(recording.word())) {
                continue;
            }
            SpeechAudio original = AudioFiles.readWav(recording.file());
            Grammar word = Grammar.phrases(Map.of(recording.word(), List.of(recording.word())));
            for (double speed : speeds) {
                SpeechAudio line = Sphinx4Recognizer.prepared(TelephoneLine.carry(faster(original, speed)),
                        SphinxEngine.AcousticModel.TELEPHONE.rate);
                boolean any = false;
                for (Result result : engine.decode(line, compiler.compile(word), false)) {
                    if (result.getBestFinalToken() != null && recording.word().equals(result.getBestResultNoFiller().trim())) {
                        aligned.accept(result);
                        any = true;
                    }
                }
                if (any) {
                    used++;
                } else {
                    skipped++;
                }
            }
        }
        return new int[] {used, skipped};
    }

    /**
     * The audio played about {@code speed} times faster: resampled, then heard at its own rate. The rate is
     * rounded to a tenth of the original's (the resampler takes simple ratios): 0.9 plays at 10/11, 1.1 at 10/9.
     */
    static SpeechAudio faster(SpeechAudio audio, double speed) {
        if (speed == 1) {
            return audio;
        }
        int tenth = audio.sampleRate() / 10;
        int rate = (int) Math.round(audio.sampleRate() / speed / tenth) * tenth;
        return new SpeechAudio(audio.resampledTo(rate).samples(), audio.sampleRate());
    }

    /** Posterior-weighted sums of the aligned frames per Gaussian, for MAP means. */
    static final class MapMeans {
        private final Sphinx3Loader model;
        private final LogMath logMath = LogMath.getLogMath();
        private final Map<Integer, double[]> sums = new TreeMap<>();
        private final Map<Integer, double[]> weights = new TreeMap<>();

        MapMeans(Sphinx3Loader model) {
            this.model = model;
        }

        void collect(Result result) {
            int streams = model.getNumStreams();
            int perState = model.getNumGaussiansPerState();
            int[] lengths = model.getVectorLength();
            for (Token token = result.getBestToken(); token != null; token = token.getPredecessor()) {
                if (!(token.getSearchState() instanceof HMMSearchState state) || !state.isEmitting()) {
                    continue;
                }
                float[] feature = FloatData.toFloatData(token.getData()).getValues();
                float[] scores = token.calculateComponentScore(token.getData());
                int mixture = (int) state.getHMMState().getMixtureId();
                if (model.hasTiedMixtures()) {
                    mixture = model.getSenone2Ci()[mixture];
                }
                int offset = 0;
                for (int stream = 0; stream < streams; stream++) {
                    float best = Float.NEGATIVE_INFINITY;
                    for (int j = 0; j < perState; j++) {
                        best = Math.max(best, scores[stream * perState + j]);
                    }
                    double[] posterior = new double[perState];
                    double total = 0;
                    for (int j = 0; j < perState; j++) {
                        posterior[j] = logMath.logToLinear(scores[stream * perState + j] - best);
                        total += posterior[j];
                    }
                    for (int j = 0; j < perState; j++) {
                        double gamma = posterior[j] / total;
                        int gaussian = (mixture * streams + stream) * perState + j;
                        double[] sum = sums.computeIfAbsent(gaussian, g -> new double[lengths[0]]);
                        weights.computeIfAbsent(gaussian, g -> new double[1])[0] += gamma;
                        for (int d = 0; d < lengths[stream]; d++) {
                            sum[d] += gamma * feature[offset + d];
                        }
                    }
                    offset += lengths[stream];
                }
            }
        }

        /** The MAP mean of each Gaussian the frames reached: (tau m + sum) / (tau + weight). */
        Map<Integer, float[]> means(double tau) {
            Pool<float[]> pool = model.getMeansPool();
            Map<Integer, float[]> means = new TreeMap<>();
            sums.forEach((gaussian, sum) -> {
                double weight = weights.get(gaussian)[0];
                if (weight < 1e-3) {
                    return;
                }
                float[] prior = pool.get(gaussian);
                float[] mean = new float[prior.length];
                for (int d = 0; d < prior.length; d++) {
                    mean[d] = (float) ((tau * prior[d] + sum[d]) / (tau + weight));
                }
                means.put(gaussian, mean);
            });
            return means;
        }
    }
}
