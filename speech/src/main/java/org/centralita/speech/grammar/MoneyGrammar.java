package org.centralita.speech.grammar;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** An amount of money in dollars and cents ("twelve dollars fifty" gives "12.50"). */
final class MoneyGrammar implements Grammar {

    private static final List<String> DOLLARS = List.of("dollar", "dollars");
    private static final List<String> CENTS = List.of("cent", "cents");

    @Override
    public String key() {
        return "money";
    }

    @Override
    public Optional<Interpretation> interpret(String words) {
        List<String> tokens = Words.tokens(words);
        return amount(tokens).map(value -> new Interpretation(value.setScale(2).toPlainString(), String.join(" ", tokens)));
    }

    private static Optional<BigDecimal> amount(List<String> tokens) {
        if (tokens.size() == 1 && tokens.get(0).matches("\\d+(\\.\\d{1,2})?")) {
            return Optional.of(new BigDecimal(tokens.get(0)));
        }
        int dollarsAt = Words.indexOfAny(tokens, DOLLARS);
        if (dollarsAt < 0) {
            return cents(tokens, true).map(cents -> BigDecimal.valueOf(cents, 2));
        }
        OptionalLong dollars = NumberWords.cardinal(tokens.subList(0, dollarsAt));
        List<String> rest = tokens.subList(dollarsAt + 1, tokens.size());
        if (!rest.isEmpty() && rest.get(0).equals("and")) {
            rest = rest.subList(1, rest.size());
        }
        Optional<Long> cents = rest.isEmpty() ? Optional.of(0L) : cents(rest, false);
        if (dollars.isEmpty() || cents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(dollars.getAsLong()).add(BigDecimal.valueOf(cents.get(), 2)));
    }

    /** Cents below one hundred, the word "cents" required when no dollars were said. */
    private static Optional<Long> cents(List<String> tokens, boolean centsWordRequired) {
        boolean hasCentsWord = !tokens.isEmpty() && CENTS.contains(tokens.get(tokens.size() - 1));
        if (centsWordRequired && !hasCentsWord) {
            return Optional.empty();
        }
        OptionalLong value = NumberWords.cardinal(hasCentsWord ? tokens.subList(0, tokens.size() - 1) : tokens);
        return value.isPresent() && value.getAsLong() < 100 ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    @Override
    public String toJsgf(String grammarName) {
        return Jsgf.grammar(grammarName).rules(Jsgf.CARDINAL_RULES)
                .publicRule("money", "<cardinal> (dollar | dollars) [[and] <below100> [cent | cents]]"
                        + " | <below100> (cent | cents)")
                .toString();
    }
}
