package org.centralita.speech.asr;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.centralita.speech.grammar.Interpretation;

/**
 * The outcome of recognizing one utterance: the words and their meaning (empty words and a null value
 * when nothing in the grammar matched well enough), a confidence from 0 to 1 and the n-best list,
 * best first. Plain fields so the CLI can print it as JSON.
 */
public record Recognition(String words, String value, double confidence, List<Hypothesis> nBest) {

    public Recognition {
        nBest = List.copyOf(nBest);
    }

    static Recognition noMatch(double confidence, List<Hypothesis> nBest) {
        return new Recognition("", null, confidence, nBest);
    }

    /** This answer under the call's threshold: a no-match (confidence and n-best kept) when less confident. */
    Recognition atThreshold(double threshold) {
        return matched() && confidence < threshold ? noMatch(confidence, nBest) : this;
    }

    /**
     * The meaning that more than half of the answers give (the most confident of them as said), else the first
     * answer; its confidence is the mean, over all the answers, of the posterior each gave that meaning in its
     * n-best list: two of three recognizers sure of it make about 0.67, one alone about a third or less.
     */
    static Recognition majority(List<Recognition> answers) {
        Map<String, Long> votes = answers.stream().filter(Recognition::matched)
                .collect(Collectors.groupingBy(Recognition::value, Collectors.counting()));
        Optional<String> agreed = votes.entrySet().stream().filter(vote -> vote.getValue() * 2 > answers.size())
                .map(Map.Entry::getKey).findFirst();
        Recognition basis = agreed.flatMap(value -> answers.stream().filter(answer -> value.equals(answer.value()))
                .max(Comparator.comparingDouble(Recognition::confidence))).orElse(answers.get(0));
        if (!basis.matched()) {
            return basis;
        }
        double confidence = answers.stream().mapToDouble(answer -> answer.posteriorOf(basis.value())).sum()
                / answers.size();
        return new Recognition(basis.words(), basis.value(), confidence, basis.nBest());
    }

    /** The posterior this answer's n-best list gives a meaning (0 when it is not in the list). */
    double posteriorOf(String meaning) {
        return Math.min(1.0, nBest.stream().filter(hypothesis -> meaning.equals(hypothesis.value()))
                .mapToDouble(Hypothesis::confidence).sum());
    }

    public boolean matched() {
        return value != null;
    }

    public Optional<Interpretation> interpretation() {
        return matched() ? Optional.of(new Interpretation(value, words)) : Optional.empty();
    }
}
