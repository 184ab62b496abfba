package org.centralita.runtime.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.centralita.speech.asr.Sphinx4Recognizer;
import org.centralita.speech.tts.EspeakNgSynthesizer;
import org.centralita.speech.tts.LanguageVoices;
import org.centralita.speech.tts.TextToSpeech;

/**
 * The speech engines one JVM shares when nothing configures its own: the default voices and
 * one pool of Sphinx4 recognizers (one engine per core: each holds ~100 MB of model), made on first
 * use. The console commands ({@code simulate}, {@code say}, {@code recognize}) and the service-loaded
 * speech matcher use them; {@code serve} builds its own from {@link SpeechSettings}.
 */
public final class SpeechEngines {

    private static LanguageVoices tts;
    private static Sphinx4Recognizer recognizer;

    private SpeechEngines() {
    }

    /** The JVM's voices as {@code serve} has them by default: FreeTTS kevin16 for English (two at a time), espeak-ng for the rest. */
    public static synchronized LanguageVoices tts() {
        if (tts == null) {
            SpeechSettings defaults = SpeechSettings.defaults();
            tts = TtsVoices.build(defaults.voice(), defaults.voices(), 2, EspeakNgSynthesizer.installed());
        }
        return tts;
    }

    /**
     * The JVM's recognizer pool. Engines load lazily (1-1.5 s each, on first recognition); the
     * JSGF grammars go to a temporary directory of this process.
     */
    public static synchronized Sphinx4Recognizer recognizer() {
        if (recognizer == null) {
            recognizer = new Sphinx4Recognizer(Math.max(1, Runtime.getRuntime().availableProcessors()),
                    grammarDirectory());
        }
        return recognizer;
    }

    /** The languages (ISO 639 codes, "en") some voice of {@code tts} speaks, asked of the engine itself. */
    public static Set<String> languagesOf(TextToSpeech tts) {
        return Arrays.stream(Locale.getISOLanguages()).filter(tts::supports)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path grammarDirectory() {
        try {
            Path directory = Path.of(System.getProperty("java.io.tmpdir"),
                    "centralita-grammars-" + System.getProperty("user.name"));
            return Files.createDirectories(directory);
        } catch (IOException unusable) {
            throw new UncheckedIOException("cannot create the directory for speech grammars: " + unusable.getMessage(),
                    unusable);
        }
    }
}
