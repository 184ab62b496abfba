package org.centralita.speech.grammar;

import java.util.Optional;
import java.util.OptionalLong;

/** A whole number from zero to 999,999 said as words ("two hundred forty five" gives "245"). */
final class NumberGrammar implements Grammar {

    @Override
    public String key() {
        return "number";
    }

    @Override
    public Optional<Interpretation> interpret(String words) {
        OptionalLong value = NumberWords.cardinal(Words.tokens(words));
        return value.isPresent()
                ? Optional.of(new Interpretation(Long.toString(value.getAsLong()), Words.normalize(words)))
                : Optional.empty();
    }

    @Override
    public String toJsgf(String grammarName) {
        return Jsgf.grammar(grammarName).rules(Jsgf.CARDINAL_RULES).publicRule("number", "<cardinal>").toString();
    }
}
