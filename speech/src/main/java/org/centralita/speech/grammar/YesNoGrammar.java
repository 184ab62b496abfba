package org.centralita.speech.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Yes or no, in the common ways callers say them. */
final class YesNoGrammar implements Grammar {

    private static final List<String> YES = List.of("yes", "yeah", "yep", "yes please", "correct", "that's right",
            "right", "sure", "okay");
    private static final List<String> NO = List.of("no", "nope", "no thanks", "no thank you", "incorrect",
            "that's wrong", "wrong");

    @Override
    public String key() {
        return "yes-no";
    }

    @Override
    public Optional<Interpretation> interpret(String words) {
        String normalized = Words.normalize(words);
        if (YES.contains(normalized)) {
            return Optional.of(new Interpretation("yes", normalized));
        }
        return NO.contains(normalized) ? Optional.of(new Interpretation("no", normalized)) : Optional.empty();
    }

    @Override
    public String toJsgf(String grammarName) {
        List<String> all = new ArrayList<>(YES);
        all.addAll(NO);
        return Jsgf.grammar(grammarName).publicRule("answer", Jsgf.alternatives(all)).toString();
    }
}
