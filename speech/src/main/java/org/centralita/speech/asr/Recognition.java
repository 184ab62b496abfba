package org.centralita.speech.asr;

import java.util.List;
import java.util.Optional;
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

    public boolean matched() {
        return value != null;
    }

    public Optional<Interpretation> interpretation() {
        return matched() ? Optional.of(new Interpretation(value, words)) : Optional.empty();
    }
}
