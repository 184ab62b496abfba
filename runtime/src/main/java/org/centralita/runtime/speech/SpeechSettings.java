package org.centralita.runtime.speech;

import java.nio.file.Path;
import java.util.Map;
import org.centralita.speech.tts.PromptFormat;

/**
 * The {@code speech} section of {@code centralita.yaml}, every value defaulted.
 *
 * @param voice the text-to-speech voice ({@code tts.voice})
 * @param promptCache where synthesized prompts are kept ({@code tts.cache})
 * @param promptCacheMegabytes the bound of that cache ({@code tts.cache-max-mb}); least recently used prompts go first
 * @param recognizers how many utterances are recognized at once ({@code asr.engines}; each engine holds ~100 MB)
 * @param grammars where JSGF grammars are written ({@code asr.grammars})
 * @param sharedDirectory where Asterisk reads prompts ({@code media.shared-dir}), as this runtime sees it
 * @param format what prompts are written as ({@code media.format}: {@code wav}, 8 kHz, or {@code sln16}, 16 kHz)
 * @param http prompts served over HTTP ({@code media.http})
 * @param voices the engine and voice of each language ({@code tts.voices}: "es" -> "espeak-ng/es"), beyond
 *               the defaults of {@link TtsVoices}
 */
public record SpeechSettings(String voice, Path promptCache, long promptCacheMegabytes, int recognizers,
                             Path grammars, Path sharedDirectory, PromptFormat format, MediaHttp http,
                             Map<String, String> voices) {

    public SpeechSettings {
        voices = Map.copyOf(voices);
    }

    public static SpeechSettings defaults() {
        return new SpeechSettings("kevin16", Path.of("./data/prompts"), 512,
                Math.max(1, Runtime.getRuntime().availableProcessors()), Path.of("./data/grammars"),
                Path.of("/var/lib/asterisk/sounds/centralita"), PromptFormat.WAV,
                MediaHttp.disabled(), Map.of());
    }
}
