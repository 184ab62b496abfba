package org.centralita.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centralita.speech.asr.Recognition;
import org.centralita.speech.asr.SpeechRecognizer;
import org.centralita.speech.asr.Sphinx4Recognizer;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.grammar.Grammar;
import org.centralita.speech.tts.FreeTtsSynthesizer;
import org.centralita.speech.tts.TextToSpeech;

/**
 * What {@code centralita say} and {@code centralita recognize} do: speak a prompt as the runtime
 * would, and recognize one recorded utterance against a grammar. Errors are exceptions whose
 * message is one line naming the file or value at fault, for the CLI to print as is.
 */
public final class Audition implements AutoCloseable {

    private final TextToSpeech tts;
    private final SpeechRecognizer recognizer;
    private final List<AutoCloseable> owned;

    /** Uses the given engines; closing the audition leaves them open. */
    public Audition(TextToSpeech tts, SpeechRecognizer recognizer) {
        this(tts, recognizer, List.of());
    }

    private Audition(TextToSpeech tts, SpeechRecognizer recognizer, List<AutoCloseable> owned) {
        this.tts = tts;
        this.recognizer = recognizer;
        this.owned = owned;
    }

    /** FreeTTS and one Sphinx4 engine (loaded on the first recognition), grammars kept in {@code workDirectory}. */
    public static Audition withDefaultEngines(Path workDirectory) {
        FreeTtsSynthesizer freeTts = new FreeTtsSynthesizer(1);
        Sphinx4Recognizer sphinx = new Sphinx4Recognizer(1, workDirectory.resolve("grammars"));
        return new Audition(freeTts, sphinx, List.of(freeTts, sphinx));
    }

    /** Writes {@code text} spoken in {@code language} as 8 kHz 16-bit mono WAV; a null voice means the default. */
    public void say(String text, Path outWav, String voice, String language) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to say: the text is empty");
        }
        if (!tts.supports(language)) {
            throw new IllegalArgumentException("no text-to-speech voice for language '" + language
                    + "': use a recording for this language");
        }
        try {
            Path parent = outWav.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            AudioFiles.writeTelephoneWav(tts.synthesize(text, language, voice), outWav);
        } catch (IOException failed) {
            throw new UncheckedIOException(outWav + ": cannot be written: " + failed.getMessage(), failed);
        }
    }

    /** Recognizes the utterance in {@code wav} against a built-in grammar name or phrases separated by '|'. */
    public Recognition recognize(Path wav, String grammarSpec) {
        return recognizer.recognize(wav, grammar(grammarSpec), SpeechRecognizer.DEFAULT_THRESHOLD);
    }

    /**
     * A grammar from its command-line spelling: one of the built-in names ({@code digits},
     * {@code yes-no}, {@code number}, {@code date}, {@code money}), or else phrases separated by
     * '|', each phrase being its own value ("billing|pay my bill|agent").
     */
    public static Grammar grammar(String spec) {
        String trimmed = spec == null ? "" : spec.trim();
        if (Grammar.BUILTIN_NAMES.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return Grammar.builtin(trimmed);
        }
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Arrays.stream(trimmed.split("\\|")).map(String::trim).filter(phrase -> !phrase.isEmpty())
                .forEach(phrase -> phrases.put(phrase, List.of(phrase)));
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("grammar '" + spec + "' has no phrases: give a built-in name ("
                    + String.join(", ", Grammar.BUILTIN_NAMES) + ") or phrases separated by '|'");
        }
        return Grammar.phrases(phrases);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable engine : owned) {
            engine.close();
        }
    }
}
