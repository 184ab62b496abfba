package org.centralita.speech.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes JSGF grammar text: the header, shared number rules and alternatives. */
final class Jsgf {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Rules shared by the number, date and money grammars. */
    static final List<String> CARDINAL_RULES = List.of(
            "<unit> = " + alternatives(NumberWords.UNITS) + ";",
            "<teen> = " + alternatives(NumberWords.TEENS) + ";",
            "<tens> = " + alternatives(NumberWords.TENS) + ";",
            "<below100> = <unit> | <teen> | <tens> [<unit>];",
            "<below1000> = <below100> | <unit> hundred [[and] <below100>];",
            "<cardinal> = zero | <below1000> | <below1000> thousand [[and] <below1000>];");

    private final StringBuilder text = new StringBuilder();

    private Jsgf(String grammarName) {
        if (grammarName == null || !IDENTIFIER.matcher(grammarName).matches()) {
            throw new IllegalArgumentException("JSGF grammar name '" + grammarName
                    + "' is not an identifier (letters, digits and '_', not starting with a digit)");
        }
        text.append("#JSGF V1.0;\n\ngrammar ").append(grammarName).append(";\n\n");
    }

    static Jsgf grammar(String grammarName) {
        return new Jsgf(grammarName);
    }

    Jsgf rule(String rule) {
        text.append(rule).append('\n');
        return this;
    }

    Jsgf rules(List<String> rules) {
        rules.forEach(this::rule);
        return this;
    }

    /** The public rule Sphinx4 starts from; every grammar has exactly one. */
    Jsgf publicRule(String name, String expansion) {
        return rule("public <" + name + "> = " + expansion + ";");
    }

    static String alternatives(List<String> choices) {
        List<String> parts = new ArrayList<>(choices);
        return String.join(" | ", parts);
    }

    /** Every word a JSGF grammar of ours can match: the right-hand sides without rule names and operators. */
    static java.util.SortedSet<String> words(String jsgf) {
        java.util.SortedSet<String> words = new java.util.TreeSet<>();
        for (String line : jsgf.split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String expansion = line.substring(equals + 1).replaceAll("<[^>]*>", " ").replaceAll("[\\[\\]()|;]", " ");
            for (String word : expansion.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
