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
 * The confidence of the answer is its posterior: low when another digit string or the phone loop
 * came close, 0 when the phone loop won.
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
        List<Hypothesis> nBest = new ArrayList<>();
        bestLnScore.entrySet().stream()
                .filter(entry -> !entry.getKey().contains(OUT_OF_GRAMMAR))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(N_BEST)
                .forEach(entry -> {
                    double posterior = Math.exp(ACOUSTIC_SCALE * (entry.getValue() - max)) / total;
                    Optional<Interpretation> meaning = grammar.interpret(entry.getKey());
                    nBest.add(new Hypothesis(entry.getKey(), meaning.map(Interpretation::value).orElse(null), posterior));
                });
        if (nBest.isEmpty()) {
            return Recognition.noMatch(0, nBest);
        }
        Hypothesis best = nBest.get(0);
        boolean phoneLoopWon = bestLnScore.get(best.words()) < max;
        if (phoneLoopWon || best.value() == null || best.confidence() < threshold) {
            return Recognition.noMatch(best.confidence(), nBest);
        }
        return new Recognition(best.words(), best.value(), best.confidence(), nBest);
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
