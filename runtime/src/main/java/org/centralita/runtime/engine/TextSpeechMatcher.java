package org.centralita.runtime.engine;

import java.nio.file.Path;
import java.util.Optional;
import org.centralita.speech.grammar.Grammar;

/**
 * Matches words given as text (a simulated caller's {@code say:}) with the speech module's
 * grammars, the ones the recognizer uses: phrases case- and punctuation-insensitively, digits,
 * numbers, yes/no, dates and money. Confidence is always 1: the words are known. Recordings need
 * a recognizer, which this matcher does not have.
 */
public final class TextSpeechMatcher implements SpeechMatcher {

    @Override
    public Optional<SpeechMatch> match(String words, SpeechGrammar grammar) {
        return grammarOf(grammar).interpret(words).map(meaning -> new SpeechMatch(meaning.value(), meaning.words(), 1.0));
    }

    @Override
    public Optional<SpeechMatch> recognize(Path audio, SpeechGrammar grammar) {
        throw new SpeechUnavailableException();
    }

    @Override
    public boolean recognizesAudio() {
        return false;
    }

    /** The speech module's grammar for {@code grammar}. */
    public static Grammar grammarOf(SpeechGrammar grammar) {
        if (grammar instanceof SpeechGrammar.Phrases phrases) {
            return Grammar.phrases(phrases.byValue());
        }
        SpeechGrammar.BuiltIn builtIn = (SpeechGrammar.BuiltIn) grammar;
        return "digits".equals(builtIn.name())
                ? Grammar.builtin(builtIn.name(), builtIn.minDigits(), builtIn.maxDigits())
                : Grammar.builtin(builtIn.name());
    }
}
