package org.centralita.runtime.speech;

import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.engine.SpeechMatcher;
import org.centralita.speech.asr.Sphinx4Recognizer;
import org.centralita.speech.tts.EspeakNgSynthesizer;
import org.centralita.speech.tts.LanguageVoices;
import org.centralita.speech.tts.PromptCache;

/**
 * The speech side of a running runtime, made from {@link SpeechSettings}: the voices of each
 * language (FreeTTS for English, espeak-ng for the others, {@link TtsVoices}),
 * one bounded prompt cache, one pool of Sphinx4 recognizers, the media directory Asterisk reads.
 * {@code serve} makes one, hands its pieces to the engine, the AGI channels and the publish path,
 * and closes it at shutdown.
 */
public final class SpeechRuntime implements AutoCloseable {

    private static final long MEGABYTE = 1024L * 1024;

    private final SpeechSettings settings;
    private final LanguageVoices tts;
    private final Sphinx4Recognizer recognizer;
    private final PromptCache cache;
    private final MediaDirectory media;

    public SpeechRuntime(SpeechSettings settings) {
        this.settings = settings;
        this.tts = TtsVoices.build(settings.voice(), settings.voices(), settings.recognizers(),
                EspeakNgSynthesizer.installed());
        this.recognizer = new Sphinx4Recognizer(settings.recognizers(), settings.grammars());
        this.cache = new PromptCache(settings.promptCache(), tts, null, settings.format(),
                settings.promptCacheMegabytes() * MEGABYTE);
        this.media = new MediaDirectory(settings.sharedDirectory());
    }

    /** For the call engine: text matching, and recordings through the recognizer pool. */
    public SpeechMatcher speechMatcher() {
        return new RecognizingSpeechMatcher(recognizer);
    }

    /** For the AGI channels: spoken text synthesized into the media directory; {@code recordings} for other languages. */
    public PromptRenderer promptRenderer(PromptRenderer recordings) {
        return new SynthesizedPromptRenderer(tts, cache, media, recordings, settings.http());
    }

    /** The HTTP server of the media directory, when {@code media.http.enabled}; {@code pbx} = agi.allow. */
    public java.util.Optional<MediaServer> mediaServer(java.util.List<String> pbx) {
        return settings.http().enabled()
                ? java.util.Optional.of(new MediaServer(settings.http(), media.directory(), pbx))
                : java.util.Optional.empty();
    }

    /** For the publish path: a flow's static prompts synthesized ahead of its calls. */
    public StaticPrompts staticPrompts() {
        return new StaticPrompts(tts, cache);
    }

    /** For the validator ({@code ValidationOptions.withTtsLanguages}): the languages a voice speaks. */
    public java.util.Set<String> ttsLanguages() {
        return SpeechEngines.languagesOf(tts);
    }

    public SpeechSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        recognizer.close();
        tts.close();
    }
}
