package org.centralita.speech.asr;

import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.decoder.adaptation.ClusteredDensityFileData;
import edu.cmu.sphinx.decoder.adaptation.Stats;
import edu.cmu.sphinx.decoder.adaptation.Transform;
import edu.cmu.sphinx.decoder.search.Token;
import edu.cmu.sphinx.linguist.HMMSearchState;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Sphinx3Loader;
import edu.cmu.sphinx.result.Result;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/**
 * Estimates the model's adaptation to the telephone channel from a corpus of words said by many
 * speakers: each recording goes through the telephone line (8 kHz, u-law) and the recognizer's own
 * preparation, is aligned with its known word by a grammar of that word alone, and Sphinx4's MLLR
 * statistics of the aligned frames give one transform per class of phones. Each pass aligns with the
 * model the passes before adapted. A command-line program (docs/speech.md has the command):
 *
 * <pre>ChannelAdaptationTrainer CORPUS[,CORPUS...] OUT [--classes silence/vowel,sonorant/fricative,stop] [--phone-frames N]
 *     [--passes N] [--high-band true] [--per-word N] [--words W,W...]</pre>
 *
 * {@code --high-band true} aligns and estimates on the features with the high band estimated
 * ({@link NarrowbandCepstrum}), and marks the file so that the recognizer estimates it too.
 *
 * Each CORPUS holds WAV files at any rate in the layouts of the Speech Commands data set ({@link WordCorpus});
 * {@code --per-word N} takes at most N recordings of each word, {@code --words} only the words listed. Words
 * the dictionary lacks are skipped.
 */
public final class ChannelAdaptationTrainer {

    private final List<Set<String>> groupClasses;
    private final int phoneClassFrames;
    private final Path grammars;
    private boolean highBand;

    /**
     * @param groupClasses     classes of phone groups; every phone without a class of its own is adapted by its group's
     * @param phoneClassFrames a phone aligned with at least this many frames gets a transform of its own
     *                         (Integer.MAX_VALUE: none)
     */
    ChannelAdaptationTrainer(List<Set<String>> groupClasses, int phoneClassFrames, Path grammars) {
        this.groupClasses = groupClasses;
        this.phoneClassFrames = phoneClassFrames;
        this.grammars = grammars;
    }

    /** One pass's outcome: the transform, and how many recordings and frames it was estimated from. */
    record Pass(ChannelAdaptation adaptation, int aligned, int skipped, int frames) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ChannelAdaptationTrainer CORPUS[,CORPUS...] OUT [--classes G,G/G/...] [--phone-frames N]"
                    + " [--passes N] [--per-word N] [--words W,W...]");
            System.exit(2);
        }
        List<Path> corpus = WordCorpus.directories(args[0]);
        Path out = Path.of(args[1]);
        String classSpec = "silence/vowel,sonorant/fricative,stop";
        int phoneFrames = Integer.MAX_VALUE;
        int passes = 1;
        boolean highBand = false;
        int perWord = Integer.MAX_VALUE;
        String wordList = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--high-band" -> highBand = Boolean.parseBoolean(args[i + 1]);
                case "--classes" -> classSpec = args[i + 1];
                case "--phone-frames" -> phoneFrames = Integer.parseInt(args[i + 1]);
                case "--passes" -> passes = Integer.parseInt(args[i + 1]);
                case "--per-word" -> perWord = Integer.parseInt(args[i + 1]);
                case "--words" -> wordList = args[i + 1];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        List<WordCorpus.Recording> recordings = WordCorpus.read(corpus, perWord);
        if (wordList != null) {
            Set<String> words = Set.of(wordList.split(","));
            recordings = recordings.stream().filter(recording -> words.contains(recording.word())).toList();
        }
        if (recordings.isEmpty()) {
            System.err.println("no WAV files under " + args[0]);
            System.exit(1);
        }
        ChannelAdaptationTrainer trainer = new ChannelAdaptationTrainer(parseClasses(classSpec), phoneFrames,
                Files.createTempDirectory("adaptation-grammars"));
        trainer.highBand = highBand;
        ChannelAdaptation adaptation = ChannelAdaptation.NONE;
        List<String> comments = new ArrayList<>();
        comments.add("Adaptation of the en-us model (Sphinx4 sphinx4-data 1.0.0) to the telephone channel: MLLR");
        comments.add("of the Gaussian means per phone class, from " + recordings.size() + " recordings of "
                + WordCorpus.names(corpus) + " through 8 kHz u-law.");
        comments.add("Rebuilt by ChannelAdaptationTrainer (docs/speech.md, \"Adaptation to the telephone channel\"):");
        comments.add((highBand ? "--high-band true (features with the high band estimated), " : "") + "classes " + classSpec + (phoneFrames == Integer.MAX_VALUE ? "" : ", a phone of its own from "
                + phoneFrames + " frames") + ", " + passes + " pass(es)"
                + (perWord == Integer.MAX_VALUE ? "" : ", at most " + perWord + " recordings of a word")
                + (wordList == null ? "" : ", the words " + wordList) + ".");
        List<Set<String>> classes = null;
        for (int pass = 1; pass <= passes; pass++) {
            Pass result = trainer.pass(recordings, adaptation, classes);
            classes = result.adaptation().classes();
            adaptation = adaptation.then(result.adaptation()).withHighBandEstimated(highBand);
            String line = String.format(Locale.ROOT, "pass %d: %d recordings aligned, %d skipped, %d frames, %d classes",
                    pass, result.aligned(), result.skipped(), result.frames(), classes.size());
            System.out.println(line);
            comments.add(line);
            write(adaptation, comments, out);
        }
        System.out.println("written " + out);
    }

    private static void write(ChannelAdaptation adaptation, List<String> comments, Path out) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            adaptation.write(writer, comments);
        }
    }

    /** "silence/vowel,sonorant/fricative,stop": classes separated by '/', the phone groups of a class by ','. */
    static List<Set<String>> parseClasses(String spec) {
        List<Set<String>> classes = new ArrayList<>();
        for (String members : spec.split("/")) {
            Set<String> set = new TreeSet<>();
            for (String member : members.split(",")) {
                set.add(member.trim());
                ChannelAdaptation.group(member.trim());
            }
            classes.add(set);
        }
        return classes;
    }

    /**
     * Aligns every recording with the model adapted by {@code before} and estimates the next transform,
     * for {@code fixedClasses} if given (a later pass keeps the first pass's classes), else for the group
     * classes and a class per phone aligned with enough frames.
     */
    Pass pass(List<WordCorpus.Recording> recordings, ChannelAdaptation before, List<Set<String>> fixedClasses) {
        GrammarCompiler compiler = new GrammarCompiler(grammars);
        SphinxEngine engine = SphinxEngine.load(compiler.compile(Grammar.builtin("yes-no")), before);
        try {
            Loader model = engine.acousticModel();
            List<String> phones = new ArrayList<>(model.getContextIndependentUnits().keySet());
            // Statistics are gathered per phone, in one slot each, then summed into the classes' slots;
            // the slots beyond the phones leave room for the group classes.
            int slots = phones.size() + groupClasses.size() + 1;
            int[] phoneOf = ChannelAdaptation.classOfGaussians(model,
                    phones.stream().map(phone -> (Set<String>) Set.of(phone)).toList());
            // Stats inverts the variance pool in place: this engine is used for nothing else afterwards
            // (decoding is unaffected: Sphinx4's Gaussians keep their own precisions).
            Stats stats = new Stats(model, new PhoneClassClusters(model, phoneOf, slots));
            int[] frames = new int[phones.size()];
            int aligned = 0;
            int skipped = 0;
            for (WordCorpus.Recording recording : recordings) {
                if (!engine.unknownWords(List.of(recording.word())).isEmpty()) {
                    skipped++;
                    continue;
                }
                SpeechAudio line = Sphinx4Recognizer.prepared(TelephoneLine.carry(AudioFiles.readWav(recording.file())));
                Grammar word = Grammar.phrases(Map.of(recording.word(), List.of(recording.word())));
                boolean used = false;
                // the transform is estimated on the features as measured (no high band estimated, NarrowbandCepstrum)
                // unless asked for (--high-band)
                for (Result result : engine.decode(line, compiler.compile(word), highBand)) {
                    if (result.getBestFinalToken() != null
                            && recording.word().equals(result.getBestResultNoFiller().trim())) {
                        try {
                            stats.collect(new SpeechResult(result));
                        } catch (Exception unaligned) {
                            throw new IllegalStateException("cannot collect " + recording.file() + ": " + unaligned, unaligned);
                        }
                        countFrames(result, phones, frames);
                        used = true;
                    }
                }
                if (used) {
                    aligned++;
                } else {
                    skipped++;
                }
            }
            StringBuilder perPhone = new StringBuilder("aligned frames per phone:");
            for (int phone = 0; phone < phones.size(); phone++) {
                perPhone.append(' ').append(phones.get(phone)).append(' ').append(frames[phone]);
            }
            System.out.println(perPhone);
            List<Set<String>> classes = fixedClasses != null ? fixedClasses : classes(phones, frames);
            mergeIntoClasses(stats, phones, classes, slots);
            Transform transform = new Transform((Sphinx3Loader) model, slots);
            transform.update(stats);
            return new Pass(toAdaptation(transform, classes), aligned, skipped, stats.getFrames());
        } finally {
            engine.close();
        }
    }

    /** The phones with enough frames, each a class, then the group classes. */
    private List<Set<String>> classes(List<String> phones, int[] frames) {
        List<Set<String>> classes = new ArrayList<>();
        for (int phone = 0; phone < phones.size(); phone++) {
            if (frames[phone] >= phoneClassFrames) {
                classes.add(Set.of(phones.get(phone)));
            }
        }
        classes.addAll(groupClasses);
        return classes;
    }

    /**
     * Sums the per-phone statistics into one slot per class: a phone class takes its phone's, a group
     * class every phone of its groups' (a phone with a class of its own also counts towards its group's
     * transform, which then stands for the rarer phones). Unused slots get a copy of the first class.
     */
    private static void mergeIntoClasses(Stats stats, List<String> phones, List<Set<String>> classes, int slots) {
        double[][][][][] ls = stats.getRegLs();
        double[][][][] rs = stats.getRegRs();
        double[][][][][] mergedLs = new double[slots][][][][];
        double[][][][] mergedRs = new double[slots][][][];
        for (int c = 0; c < slots; c++) {
            mergedLs[c] = zeroLike(ls[0]);
            mergedRs[c] = zeroLike(rs[0]);
            Set<String> members = classes.get(c < classes.size() ? c : 0);
            for (int phone = 0; phone < phones.size(); phone++) {
                String name = phones.get(phone);
                boolean member = members.contains(name) || members.contains(
                        ChannelAdaptation.PhoneGroup.of(name).name().toLowerCase(Locale.ROOT));
                if (member) {
                    add(mergedLs[c], ls[phone]);
                    add(mergedRs[c], rs[phone]);
                }
            }
        }
        for (int c = 0; c < slots; c++) {
            copy(mergedLs[c], ls[c]);
            copy(mergedRs[c], rs[c]);
        }
    }

    private static double[][][][] zeroLike(double[][][][] shape) {
        double[][][][] zero = new double[shape.length][][][];
        for (int i = 0; i < shape.length; i++) {
            zero[i] = new double[shape[i].length][shape[i][0].length][shape[i][0][0].length];
        }
        return zero;
    }

    private static double[][][] zeroLike(double[][][] shape) {
        double[][][] zero = new double[shape.length][][];
        for (int i = 0; i < shape.length; i++) {
            zero[i] = new double[shape[i].length][shape[i][0].length];
        }
        return zero;
    }

    private static void add(Object sum, Object part) {
        if (sum instanceof double[] into) {
            double[] from = (double[]) part;
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        } else {
            Object[] into = (Object[]) sum;
            for (int i = 0; i < into.length; i++) {
                add(into[i], ((Object[]) part)[i]);
            }
        }
    }

    private static void copy(Object from, Object to) {
        if (from instanceof double[] values) {
            System.arraycopy(values, 0, (double[]) to, 0, values.length);
        } else {
            for (int i = 0; i < ((Object[]) from).length; i++) {
                copy(((Object[]) from)[i], ((Object[]) to)[i]);
            }
        }
    }

    /** Counts the aligned frames (emitting states on the best path) of each phone. */
    private static void countFrames(Result result, List<String> phones, int[] frames) {
        for (Token token = result.getBestToken(); token != null; token = token.getPredecessor()) {
            if (token.getSearchState() instanceof HMMSearchState state && state.isEmitting()) {
                int phone = phones.indexOf(state.getHMMState().getHMM().getBaseUnit().getName());
                if (phone >= 0) {
                    frames[phone]++;
                }
            }
        }
    }

    private static ChannelAdaptation toAdaptation(Transform transform, List<Set<String>> classes) {
        float[][][][] as = transform.getAs();
        float[][][] bs = transform.getBs();
        float[][][][] matrices = new float[classes.size()][][][];
        float[][][] offsets = new float[classes.size()][][];
        for (int c = 0; c < classes.size(); c++) {
            matrices[c] = as[c];
            offsets[c] = bs[c];
        }
        return new ChannelAdaptation(classes, matrices, offsets);
    }

    /** Sphinx4's regression classes, replaced by the phone classes (its own k-means is unseeded). */
    static final class PhoneClassClusters extends ClusteredDensityFileData {
        private final int[] classOf;
        private final int count;

        PhoneClassClusters(Loader model, int[] classOf, int count) {
            super(model, 1);
            this.classOf = classOf;
            this.count = count;
        }

        @Override
        public int getNumberOfClusters() {
            return count;
        }

        @Override
        public int getClassIndex(int gaussian) {
            return classOf[gaussian];
        }
    }
}
