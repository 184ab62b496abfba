package org.centralita.runtime.speech;

import java.nio.file.Path;
import java.util.Optional;
import org.centralita.runtime.agi.OneTimeSound;
import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.channel.PromptSegment;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.TextToSpeech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the sound file of spoken text for STREAM FILE by synthesizing it: the prompt cache makes
 * the audio once per (text, voice, language, format), whether a publish synthesized it ahead or a
 * call needs it now (a dynamic prompt with the caller's values), and the media directory puts it
 * where Asterisk reads it. The name is absolute (see {@link MediaDirectory#publish}). A language
 * no voice speaks goes to the fallback renderer, which names a recording. With media over HTTP
 * the name is the prompt's URL instead. Text that speaks a secret never reaches the cache: it
 * gets a one-time file of its own ({@link #secretSoundFor}).
 */
public final class SynthesizedPromptRenderer implements PromptRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(SynthesizedPromptRenderer.class);

    private final TextToSpeech tts;
    private final PromptCache cache;
    private final MediaDirectory media;
    private final PromptRenderer fallback;
    private final MediaHttp http;
    private final OneTimePromptFiles oneTime;

    public SynthesizedPromptRenderer(TextToSpeech tts, PromptCache cache, MediaDirectory media, PromptRenderer fallback) {
        this(tts, cache, media, fallback, MediaHttp.disabled());
    }

    /** With {@code http} enabled, STREAM FILE gets the prompt's URL on the {@link MediaServer}. */
    public SynthesizedPromptRenderer(TextToSpeech tts, PromptCache cache, MediaDirectory media, PromptRenderer fallback,
                                     MediaHttp http) {
        this.tts = tts;
        this.cache = cache;
        this.media = media;
        this.fallback = fallback;
        this.http = http;
        this.oneTime = new OneTimePromptFiles(media.directory(), tts, cache.voice(), cache.format());
    }

    @Override
    public String soundFor(PromptSegment.Speak speak, String language) {
        if (language == null || !tts.supports(language)) {
            // not the text: a dynamic prompt may speak a secret back to the caller
            LOG.debug("no text-to-speech voice for language {}: playing the recording named for the text", language);
            return fallback.soundFor(speak, language);
        }
        if (speak.secret()) {
            throw new IllegalArgumentException("a prompt speaking a secret is never cached: play it with secretSoundFor");
        }
        Path cached = cache.audioFor(speak.text(), language);
        String name = media.publish(cached);
        return http.enabled() ? http.urlOf(cached.getFileName().toString()) : name;
    }

    /**
     * A one-time file in the media directory (served over HTTP while it exists, when enabled);
     * empty for a language no voice speaks: a recording named after the text would put a hash of
     * the secret on the wire.
     */
    @Override
    public Optional<OneTimeSound> secretSoundFor(PromptSegment.Speak speak, String language) {
        if (language == null || !tts.supports(language)) {
            return Optional.empty();
        }
        Path file = oneTime.write(speak.text(), language);
        String name = http.enabled() ? http.urlOf(file.getFileName().toString()) : MediaDirectory.soundName(file);
        return Optional.of(new OneTimeSound(name, () -> oneTime.discard(file)));
    }
}
