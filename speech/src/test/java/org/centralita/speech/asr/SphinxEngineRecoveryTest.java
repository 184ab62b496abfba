package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.cmu.sphinx.result.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine whose grammar switch failed (a JSGF file Sphinx4 cannot parse) has released its
 * decoder: the next call's switch must allocate it again instead of failing for ever with
 * "Expected state READY", and a call that asks for the old grammar must not decode with none.
 */
class SphinxEngineRecoveryTest {

    private static final Duration HALF_SECOND = Duration.ofMillis(500);

    @TempDir
    Path grammars;

    @Test
    void shouldRecognizeAgainAfterAGrammarThatCannotBeLoaded() throws Exception {
        // given an engine listening with yes/no, and a grammar file Sphinx4 cannot parse
        GrammarCompiler compiler = new GrammarCompiler(grammars);
        CompiledGrammar yesNo = compiler.compile(Grammar.builtin("yes-no"));
        Files.writeString(grammars.resolve("broken.gram"), "#JSGF V1.0;\ngrammar broken;\npublic <broken> = ( yes | ;\n");
        CompiledGrammar broken = new CompiledGrammar(grammars.toUri().toString(), "broken");
        // as a caller's "yes" reaches the engine: telephone rate, then as Sphinx4Recognizer prepares it
        SpeechAudio yes = SpeechTestSupport.tts().synthesize("yes", "en-US", null).resampledTo(8000)
                .resampledTo(SphinxEngine.MODEL_RATE).padded(HALF_SECOND, HALF_SECOND).dithered(40);
        SphinxEngine engine = SphinxEngine.load(yesNo);
        try {
            List<String> before = words(engine.decode(yes, yesNo, true));

            // when a switch to the broken grammar fails
            assertThatThrownBy(() -> engine.decode(yes, broken, true)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot load grammar broken");

            // then the engine no longer claims the old grammar, and hears the same words with it again
            assertThat(engine.holds(yesNo)).isFalse();
            assertThat(before).as("heard before the failed switch").isNotEmpty().doesNotContain("", "<unk>");
            assertThat(words(engine.decode(yes, yesNo, true))).isEqualTo(before);
        } finally {
            engine.close();
        }
    }

    private static List<String> words(List<Result> results) {
        return results.stream().map(Result::getBestFinalResultNoFiller).toList();
    }
}
