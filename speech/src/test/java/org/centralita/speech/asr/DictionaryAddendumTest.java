package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import edu.cmu.sphinx.linguist.dictionary.Pronunciation;
import java.nio.file.Path;
import java.util.Arrays;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The en-us model's dictionary addendum (en-us-addendum.dict): its variants are loaded beside CMU's. */
class DictionaryAddendumTest {

    @Test
    void shouldGiveTheEnUsModelTheAddendumsPronunciationsBesideCmus(@TempDir Path grammars) {
        CompiledGrammar digits = new GrammarCompiler(grammars).compile(Grammar.builtin("digits", 1, 1));
        SphinxEngine engine = SphinxEngine.load(digits, SphinxEngine.AcousticModel.EN_US);
        try {
            assertThat(phones(engine, "six")).containsExactly("S IH K S", "S IY K S");
            assertThat(phones(engine, "four")).containsExactly("F AO R", "F OW R");
            assertThat(phones(engine, "zero")).containsExactly("Z IH R OW", "Z IY R OW");
        } finally {
            engine.close();
        }
    }

    private static String[] phones(SphinxEngine engine, String word) {
        Pronunciation[] pronunciations = engine.pronunciations(word);
        return Arrays.stream(pronunciations).map(pronunciation -> Arrays.stream(pronunciation.getUnits())
                .map(unit -> unit.getName()).reduce((a, b) -> a + " " + b).orElse("")).toArray(String[]::new);
    }
}
