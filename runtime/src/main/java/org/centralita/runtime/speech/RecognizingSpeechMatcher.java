package org.centralita.runtime.speech;

import java.nio.file.Path;
import java.util.Optional;
import org.centralita.runtime.engine.SpeechGrammar;
import org.centralita.runtime.engine.SpeechMatch;
import org.centralita.runtime.engine.SpeechMatcher;
import org.centralita.runtime.engine.TextSpeechMatcher;
import org.centralita.speech.asr.Recognition;
import org.centralita.speech.asr.SpeechRecognizer;
import org.centralita.speech.grammar.Grammar;
import org.centralita.speech.support.BoundedMemo;

/**
 * The engine's speech matcher with a real recognizer: words given as text are matched as
 * {@link TextSpeechMatcher} does, recordings are recognized by the speech module's recognizer
 * (Sphinx4, pooled: one utterance per engine at a time). Registered as a service, so
 * {@code SpeechMatchers.load()} finds it wherever the speech module is on the class path.
 *
 * <p>The recognizer is asked for its best meaning whatever its confidence: the engine compares the
 * confidence with the node's own {@code confidence} threshold, and the trace shows what was heard
 * even when it was too unsure. Grammars are converted once per distinct content (a menu's phrases,
 * a built-in with its digit bounds), so every call of a flow version reuses the compiled grammar.
 */
public final class RecognizingSpeechMatcher implements SpeechMatcher {

    /** Distinct grammars kept converted; beyond this many (flows republished many times) the cache restarts. */
    private static final int MAX_GRAMMARS = 10_000;

    private final SpeechRecognizer recognizer;
    private final TextSpeechMatcher text = new TextSpeechMatcher();
    private final BoundedMemo<SpeechGrammar, Grammar> grammars = new BoundedMemo<>(MAX_GRAMMARS);

    /** The service-loaded matcher: the JVM's shared recognizer pool ({@link SpeechEngines#recognizer()}). */
    public RecognizingSpeechMatcher() {
        this(null);
    }

    /** A matcher over this recognizer (null: the JVM's shared one, made on the first recording). */
    public RecognizingSpeechMatcher(SpeechRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public Optional<SpeechMatch> match(String words, SpeechGrammar grammar) {
        return text.match(words, grammar);
    }

    @Override
    public Optional<SpeechMatch> recognize(Path audio, SpeechGrammar grammar) {
        Recognition heard = recognizer().recognize(audio, grammarOf(grammar), 0.0);
        return heard.matched()
                ? Optional.of(new SpeechMatch(heard.value(), heard.words(), heard.confidence()))
                : Optional.empty();
    }

    @Override
    public boolean recognizesAudio() {
        return true;
    }

    /** The speech module's grammar for {@code grammar}, converted once per distinct content. */
    Grammar grammarOf(SpeechGrammar grammar) {
        return grammars.get(grammar, TextSpeechMatcher::grammarOf);
    }

    private SpeechRecognizer recognizer() {
        return recognizer != null ? recognizer : SpeechEngines.recognizer();
    }
}
