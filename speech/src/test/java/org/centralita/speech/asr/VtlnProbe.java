package org.centralita.speech.asr;

import edu.cmu.sphinx.decoder.search.Token;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.LogMath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/**
 * Vocal tract length normalization measured on speech-dev (a tool, not a test; docs/speech.md, "Vocal tract length
 * normalization"): every trial of HumanDigitsAccuracyTest (or those of the speakers and kinds named) decoded by the
 * en-us model and by the digits model at each warp factor of a grid (VocalTractFilterBank), and by the digits model's
 * warped third answer as the recognizer has it. One tab-separated line per trial: kind, speaker, digits said, then per
 * decoder and factor {@code value:confidence:score:spread} (the answer, its confidence, the best path's total log
 * score in natural log, and the log spread of that factor's cepstra, see logSpread), the third answer as
 * {@code value:confidence:score}, and last the frames scored (about). It prints the CPU time per second of audio, then
 * what each way of choosing the factor per utterance gives (also from saved lines with {@code --summary FILE...}).
 * Run from the speech module: {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.centralita.speech.asr.VtlnProbe OUT.tsv [SPEAKER,...] [single|string]}.
 */
public final class VtlnProbe {

    static final double[] FACTORS = {0.88, 0.90, 0.92, 0.94, 0.95, 0.96, 0.98, 1.00, 1.02, 1.04, 1.05, 1.06, 1.08,
            1.10, 1.12};

    private VtlnProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--summary")) {
            List<String> lines = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                lines.addAll(Files.readAllLines(Path.of(args[i])));
            }
            summary(lines);
            return;
        }
        List<String> speakers = args.length > 1 ? List.of(args[1].split(",")) : HumanDigitsAccuracyTest.SPEAKERS;
        String kinds = args.length > 2 ? args[2] : "single,string";
        List<DigitErrorProbe.Trial> trials = new ArrayList<>();
        if (kinds.contains("single")) {
            HumanDigitsAccuracyTest.singleTrials().forEach(trial -> trials.add(new DigitErrorProbe.Trial("single", trial)));
        }
        if (kinds.contains("string")) {
            HumanDigitsAccuracyTest.stringTrials().forEach(trial -> trials.add(new DigitErrorProbe.Trial("string", trial)));
        }
        trials.removeIf(trial -> !speakers.contains(trial.speaker()));
        long[] cpu = new long[3];
        long[] audioMs = new long[1];
        // Each line is also written as it is done (in the order done), so that a long run shows its progress.
        java.io.PrintWriter written = new java.io.PrintWriter(Files.newBufferedWriter(Path.of(args[0] + ".partial")));
        List<String> lines = DigitErrorProbe.decodeAll(trials, (trial, grammar, compiled, prepared, general, digits) -> {
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            StringBuilder line = new StringBuilder(String.join("\t", trial.kind(), trial.speaker(), trial.expected()));
            long t0 = bean.getCurrentThreadCpuTime();
            for (double factor : FACTORS) {
                general.vocalTract(factor);
                line.append('\t').append(answer(general.decode(prepared, compiled, true), grammar))
                        .append(':').append(fmt(logSpread(prepared, enUsCepstrum(general, factor))));
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (double factor : FACTORS) {
                digits.vocalTract(factor);
                line.append('\t').append(answer(digits.decode(prepared, compiled, false, 1), grammar))
                        .append(':').append(fmt(logSpread(prepared, digitsCepstrum(digits, factor))));
            }
            long t2 = bean.getCurrentThreadCpuTime();
            digits.vocalTract(1);
            line.append('\t').append(answer(digits.decode(prepared, compiled, false, Sphinx4Recognizer.DIGITS_WARP),
                    grammar));
            long t3 = bean.getCurrentThreadCpuTime();
            // The frames scored: the prepared utterance's 10 ms frames less the 200 ms of padding before the voice
            // detector's 300 ms leader.
            line.append('\t').append(prepared.samples().length / 160 - 20);
            synchronized (cpu) {
                cpu[0] += t1 - t0;
                cpu[1] += t2 - t1;
                cpu[2] += t3 - t2;
                audioMs[0] += trial.audio().samples().length / 8;
                written.println(line);
                written.flush();
            }
            return line.toString();
        });
        written.close();
        Files.write(Path.of(args[0]), lines);
        System.out.printf(Locale.ROOT, "CPU per audio second and decode: en-us %.4f s, digits %.4f s, digits warped"
                + " %.4f s (%d s of audio, %d factors)%n", cpu[0] / 1e6 / audioMs[0] / FACTORS.length,
                cpu[1] / 1e6 / audioMs[0] / FACTORS.length, cpu[2] / 1e6 / audioMs[0], audioMs[0] / 1000, FACTORS.length);
        summary(lines);
    }

    /** One decoder's answer at one factor, as a line holds it. */
    record Answer(String value, double confidence, double score, double spread) {
        static Answer parse(String field) {
            String[] part = field.split(":");
            return new Answer(part[0].equals("null") ? null : part[0], Double.parseDouble(part[1]),
                    Double.parseDouble(part[2]), part.length > 3 ? Double.parseDouble(part[3]) : 0);
        }

        Recognition recognition() {
            return value == null ? Recognition.noMatch(confidence, List.of())
                    : new Recognition(value, value, confidence, List.of(new Hypothesis(value, value, confidence)));
        }
    }

    /** One trial's line: the en-us and digits model's answers by factor, the warped third answer, the frames scored. */
    record Line(String kind, String speaker, String expected, Answer[] enUs, Answer[] digits, Answer third, int frames) {
        static Line parse(String text) {
            String[] field = text.split("\t");
            int n = FACTORS.length;
            Answer[] enUs = new Answer[n];
            Answer[] digits = new Answer[n];
            for (int i = 0; i < n; i++) {
                enUs[i] = Answer.parse(field[3 + i]);
                digits[i] = Answer.parse(field[3 + n + i]);
            }
            return new Line(field[0], field[1], field[2], enUs, digits, Answer.parse(field[3 + 2 * n]),
                    Integer.parseInt(field[4 + 2 * n]));
        }
    }

    /** How a factor is chosen for one utterance from its answers at every factor. */
    interface Choice {
        Answer of(Answer[] byFactor, int frames);
    }

    private static final double[] COARSE = {0.90, 0.95, 1.00, 1.05, 1.10};

    /**
     * The best score over the grid (the fine grid of 0.02 steps or the coarse one), plus {@code jacobian} times the
     * log of the Jacobian's determinant of the map from the unwarped cepstra (diagonal, three times the statics').
     */
    private static Choice bestScore(boolean coarse, double jacobian) {
        return (byFactor, frames) -> {
            Answer best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < FACTORS.length; i++) {
                double factor = FACTORS[i];
                boolean inGrid = coarse ? java.util.Arrays.stream(COARSE).anyMatch(f -> Math.abs(f - factor) < 1e-9)
                        : onFineGrid(factor);
                double score = corrected(byFactor, i, frames, jacobian);
                if (inGrid && score > bestScore) {
                    best = byFactor[i];
                    bestScore = score;
                }
            }
            return best;
        };
    }

    /** The score at factor i plus {@code jacobian} times the log Jacobian determinant from the unwarped cepstra. */
    private static double corrected(Answer[] byFactor, int i, int frames, double jacobian) {
        return byFactor[i].score() + jacobian * 3 * frames * (byFactor[i].spread() - byFactor[index(1.0)].spread());
    }

    /** Whether the factor is on the grid of 0.02 steps (0.95 and 1.05 are the coarse grid's only). */
    private static boolean onFineGrid(double factor) {
        return Math.abs(factor * 50 - Math.round(factor * 50)) < 1e-9;
    }

    private static int index(double factor) {
        for (int i = 0; i < FACTORS.length; i++) {
            if (Math.abs(FACTORS[i] - factor) < 1e-9) {
                return i;
            }
        }
        throw new IllegalArgumentException("no factor " + factor);
    }

    /** Right answers per speaker and kind: each decoder with the factor chosen per utterance, and the two-of-three vote. */
    static void summary(List<String> texts) {
        List<Line> lines = texts.stream().map(Line::parse).toList();
        Choice unwarped = (byFactor, frames) -> byFactor[index(1.0)];
        java.util.Map<String, Choice> choices = new java.util.LinkedHashMap<>();
        choices.put("factor 1 (bundled)", unwarped);
        choices.put("best score, 0.88-1.12 by 0.02", bestScore(false, 0));
        choices.put("best score, 0.90-1.10 by 0.05", bestScore(true, 0));
        choices.put("best score + Jacobian, 0.88-1.12", bestScore(false, 1));
        choices.put("best score + Jacobian, 0.90-1.10", bestScore(true, 1));
        for (var choice : choices.entrySet()) {
            Choice c = choice.getValue();
            row(lines, "en-us, " + choice.getKey(), line -> c.of(line.enUs(), line.frames()).value());
            row(lines, "digits, " + choice.getKey(), line -> c.of(line.digits(), line.frames()).value());
            row(lines, "vote: en-us " + choice.getKey(), line -> Recognition.majority(List.of(
                    c.of(line.enUs(), line.frames()).recognition(), line.digits()[index(1.0)].recognition(),
                    line.third().recognition())).value());
            row(lines, "vote: digits " + choice.getKey(), line -> Recognition.majority(List.of(
                    line.enUs()[index(1.0)].recognition(), c.of(line.digits(), line.frames()).recognition(),
                    line.third().recognition())).value());
        }
        for (double jacobian : new double[] {0, 1}) {
            String how = jacobian == 0 ? "best score" : "best score + Jacobian";
            row(lines, "en-us, one factor per caller, " + how, line -> perCaller(lines, line, true, jacobian));
            row(lines, "digits, one factor per caller, " + how, line -> perCaller(lines, line, false, jacobian));
        }
    }

    /**
     * One factor per caller: each utterance decoded at the factor whose score, summed over the speaker's other
     * utterances of its kind (the rest of a call), is best (with {@code jacobian} as in bestScore), 0.88-1.12 by 0.02.
     */
    private static String perCaller(List<Line> lines, Line line, boolean enUs, double jacobian) {
        double bestTotal = Double.NEGATIVE_INFINITY;
        int best = index(1.0);
        for (int i = 0; i < FACTORS.length; i++) {
            double total = 0;
            for (Line other : lines) {
                if (other != line && other.kind().equals(line.kind()) && other.speaker().equals(line.speaker())) {
                    total += corrected(enUs ? other.enUs() : other.digits(), i, other.frames(), jacobian);
                }
            }
            if (onFineGrid(FACTORS[i]) && total > bestTotal) {
                bestTotal = total;
                best = i;
            }
        }
        return (enUs ? line.enUs() : line.digits())[best].value();
    }

    private static void row(List<Line> lines, String label, java.util.function.Function<Line, String> answer) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-50s", label));
        for (String kind : List.of("single", "string")) {
            int all = 0;
            List<String> counts = new ArrayList<>();
            for (String speaker : HumanDigitsAccuracyTest.SPEAKERS) {
                List<Line> mine = lines.stream().filter(l -> l.kind().equals(kind) && l.speaker().equals(speaker)).toList();
                if (!mine.isEmpty()) {
                    long right = mine.stream().filter(l -> l.expected().equals(answer.apply(l))).count();
                    counts.add(String.valueOf(right));
                    all += right;
                }
            }
            row.append(String.format(Locale.ROOT, " %ss %s = %d", kind, String.join("/", counts), all));
        }
        System.out.println(row);
    }

    private static NarrowbandCepstrum enUsCepstrum(SphinxEngine engine, double factor) {
        NarrowbandCepstrum cepstrum = NarrowbandCepstrum.forModel(engine.acousticModel().getProperties(),
                SphinxEngine.TELEPHONE_BAND_EDGE_HZ, SphinxEngine.HIGH_BAND_SLOPE_DB);
        cepstrum.estimateHighBand(true);
        cepstrum.warp(factor);
        return cepstrum;
    }

    private static WarpedCepstrum digitsCepstrum(SphinxEngine engine, double factor) {
        WarpedCepstrum cepstrum = WarpedCepstrum.forModel(engine.acousticModel().getProperties());
        cepstrum.vocalTract(factor);
        return cepstrum;
    }

    /**
     * The sum over the static cepstra of the log of each one's standard deviation over the utterance: the log of the
     * Jacobian's determinant, per frame, of the linear map between two factors' cepstra (diagonal approximation)
     * is the difference of two factors' sums, three times over for the deltas and second deltas.
     */
    private static double logSpread(SpeechAudio audio, edu.cmu.sphinx.frontend.DataProcessor cepstrum) {
        List<double[]> frames = NarrowbandCepstrumTest.cepstra(audio, cepstrum);
        int dimensions = frames.get(0).length;
        double sum = 0;
        for (int d = 0; d < dimensions; d++) {
            double mean = 0;
            double square = 0;
            for (double[] frame : frames) {
                mean += frame[d];
                square += frame[d] * frame[d];
            }
            mean /= frames.size();
            sum += 0.5 * Math.log(square / frames.size() - mean * mean);
        }
        return sum;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    /** {@code value:confidence:score}, the score the sum over segments of each one's best path (natural log). */
    private static String answer(List<Result> results, Grammar grammar) {
        Recognition recognition = HypothesisScorer.score(results, grammar, 0);
        double score = 0;
        for (Result result : results) {
            Token best = result.getBestFinalToken() != null ? result.getBestFinalToken() : result.getBestToken();
            score += best == null ? 0 : LogMath.getLogMath().logToLn(best.getScore());
        }
        return String.format(Locale.ROOT, "%s:%.4f:%.3f", recognition.value(), recognition.confidence(), score);
    }
}
