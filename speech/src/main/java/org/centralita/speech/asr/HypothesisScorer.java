package org.centralita.speech.asr;

import edu.cmu.sphinx.decoder.search.Token;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.LogMath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.speech.grammar.Grammar;
import org.centralita.speech.grammar.Interpretation;

/**
 * Turns Sphinx4's end-of-utterance tokens into an n-best list with posteriors.
 *
 * <p>The competitors are every distinct word sequence that reached the end of the grammar, plus the
 * out-of-grammar phone loop (Sphinx4's {@code <unk>} branch), which stands for "something else was
 * said". Each competitor's total log score (acoustic and grammar) is scaled by an acoustic scale and
 * normalized: {@code p_i = exp(a*(s_i - s_max)) / sum_j exp(a*(s_j - s_max))}. Raw HMM scores of
 * neighbouring paths differ by tens of nats, which would give every answer a confidence of 1; the
 * scale (as in lattice posteriors, where scores are divided by the language weight) spreads them.
 * The confidence of the answer is the posterior mass of its meaning (synonyms such as "yes" and
 * "yeah" add up): low when another digit string or the phone loop came close. When the phone loop
 * scores best the result is a no-match.
 */
final class HypothesisScorer {

    static final double ACOUSTIC_SCALE = 0.1;
    private static final int N_BEST = 5;
    private static final String OUT_OF_GRAMMAR = "<unk>";

    private HypothesisScorer() {
    }

    static Recognition score(List<Result> results, Grammar grammar, double threshold) {
        return results.stream()
                .map(result -> score(result, grammar, threshold))
                .max(Comparator.comparingDouble(Recognition::confidence))
                .orElse(Recognition.noMatch(0, List.of()));
    }

    private static Recognition score(Result result, Grammar grammar, double threshold) {
        Map<String, Double> bestLnScore = competitors(result);
        if (bestLnScore.isEmpty()) {
            return Recognition.noMatch(0, List.of());
        }
        double max = bestLnScore.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double total = bestLnScore.values().stream().mapToDouble(s -> Math.exp(ACOUSTIC_SCALE * (s - max))).sum();
        List<Hypothesis> ranked = new ArrayList<>();
        bestLnScore.entrySet().stream()
                .filter(entry -> !entry.getKey().contains(OUT_OF_GRAMMAR))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> {
                    double posterior = Math.exp(ACOUSTIC_SCALE * (entry.getValue() - max)) / total;
                    Optional<Interpretation> meaning = grammar.interpret(entry.getKey());
                    ranked.add(new Hypothesis(entry.getKey(), meaning.map(Interpretation::value).orElse(null), posterior));
                });
        List<Hypothesis> nBest = ranked.stream().limit(N_BEST).toList();
        boolean phoneLoopWon = ranked.isEmpty() || bestLnScore.get(ranked.get(0).words()) < max;
        Optional<Hypothesis> best = mostLikelyMeaning(ranked);
        if (phoneLoopWon || best.isEmpty() || best.get().confidence() < threshold) {
            return Recognition.noMatch(best.map(Hypothesis::confidence).orElse(0.0), nBest);
        }
        return new Recognition(best.get().words(), best.get().value(), best.get().confidence(), nBest);
    }

    /**
     * The meaning with the most posterior mass, said with its best words. Synonyms share the mass:
     * "yes" and "yeah" sound alike, and a caller who said either meant yes.
     */
    private static Optional<Hypothesis> mostLikelyMeaning(List<Hypothesis> ranked) {
        Map<String, Double> massByValue = new HashMap<>();
        ranked.stream().filter(h -> h.value() != null)
                .forEach(h -> massByValue.merge(h.value(), h.confidence(), Double::sum));
        return massByValue.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(top -> ranked.stream().filter(h -> top.getKey().equals(h.value())).findFirst()
                        .map(h -> new Hypothesis(h.words(), h.value(), Math.min(1.0, top.getValue()))));
    }

    /** Best natural-log score per distinct word sequence; all phone-loop paths count as one competitor. */
    private static Map<String, Double> competitors(Result result) {
        LogMath logMath = LogMath.getLogMath();
        Map<String, Double> best = new HashMap<>();
        for (Token token : result.getResultTokens()) {
            offer(best, token.getWordPathNoFiller().trim(), logMath.logToLn(token.getScore()));
        }
        if (result.getActiveTokens() != null) {
            for (Token token : result.getActiveTokens()) {
                if (token.getWordPathNoFiller().contains(OUT_OF_GRAMMAR)) {
                    offer(best, OUT_OF_GRAMMAR, logMath.logToLn(token.getScore()));
                }
            }
        }
        best.remove("");
        return best;
    }

    private static void offer(Map<String, Double> best, String words, double lnScore) {
        best.merge(words.contains(OUT_OF_GRAMMAR) ? OUT_OF_GRAMMAR : words, lnScore, Math::max);
    }
}
