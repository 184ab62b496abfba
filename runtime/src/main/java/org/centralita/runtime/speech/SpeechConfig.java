package org.centralita.runtime.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigMapping;
import org.centralita.runtime.config.RuntimeConfig;
import org.centralita.speech.tts.PromptFormat;

/** Reads the {@code speech} section ({@code tts}, {@code asr}, {@code media}) into {@link SpeechSettings}. */
public final class SpeechConfig {

    private static final Set<String> SECTIONS = Set.of("tts", "asr", "media");
    private static final Set<String> TTS_KEYS = Set.of("engine", "voice", "voices", "cache", "cache-max-mb");
    private static final Set<String> ASR_KEYS = Set.of("engine", "engines", "grammars");
    private static final Set<String> MEDIA_KEYS = Set.of("shared-dir", "format", "http");
    private static final Set<String> HTTP_KEYS = Set.of("enabled", "bind", "port", "base-url");

    private SpeechConfig() {
    }

    /** The speech settings the configuration gives, with every problem at once. */
    public static SpeechSettings from(RuntimeConfig config) throws ConfigException {
        List<String> problems = new ArrayList<>();
        SpeechSettings d = SpeechSettings.defaults();
        ConfigMapping speech = new ConfigMapping(config.section("speech")
                .map(node -> ConfigMapping.asMapping(node, "speech", problems)).orElseGet(SpeechConfig::empty),
                "speech", SECTIONS, problems);
        ConfigMapping tts = part(speech, "tts", TTS_KEYS, problems);
        ConfigMapping asr = part(speech, "asr", ASR_KEYS, problems);
        ConfigMapping media = part(speech, "media", MEDIA_KEYS, problems);
        engine(tts, "freetts", problems);
        engine(asr, "sphinx4", problems);
        SpeechSettings settings = new SpeechSettings(tts.text("voice", d.voice()),
                config.resolve(tts.text("cache", d.promptCache().toString())),
                tts.number("cache-max-mb", (int) d.promptCacheMegabytes(), 1, 1_000_000),
                asr.number("engines", d.recognizers(), 1, 64),
                config.resolve(asr.text("grammars", d.grammars().toString())),
                config.resolve(media.text("shared-dir", d.sharedDirectory().toString())),
                format(media, problems), http(media.child("http", HTTP_KEYS), d.http()), voices(tts, problems));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings;
    }

    private static ConfigMapping part(ConfigMapping speech, String key, Set<String> keys, List<String> problems) {
        YamlNode.Mapping mapping = speech.mapping().get(key)
                .map(node -> ConfigMapping.asMapping(node, "speech." + key, problems)).orElseGet(SpeechConfig::empty);
        return new ConfigMapping(mapping, "speech." + key, keys, problems);
    }

    private static void engine(ConfigMapping part, String only, List<String> problems) {
        String engine = part.text("engine", only);
        if (!engine.equals(only)) {
            problems.add(part.mapping().get("engine").orElseThrow().position() + ": error: engine '" + engine
                    + "' is not available: this runtime has " + only);
        }
    }

    /** {@code voices: {es: espeak-ng/es, en-GB: freetts/kevin16}}: each language's engine and, after a '/', voice. */
    private static Map<String, String> voices(ConfigMapping tts, List<String> problems) {
        Map<String, String> voices = new java.util.TreeMap<>();
        tts.mapping().get("voices").map(node -> ConfigMapping.asMapping(node, "speech.tts.voices", problems))
                .ifPresent(mapping -> mapping.entries().forEach((language, entry) -> {
                    YamlNode value = entry.value();
                    String choice = value instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.value() : "";
                    if (TtsVoices.engineOf(choice).isEmpty()) {
                        problems.add(value.position() + ": error: speech.tts.voices." + language + " must be an engine ("
                                + String.join(", ", TtsVoices.ENGINES) + ") with an optional /voice, not '" + choice + "'");
                    } else {
                        voices.put(language, choice);
                    }
                }));
        return voices;
    }

    private static PromptFormat format(ConfigMapping media, List<String> problems) {
        String format = media.text("format", "wav");
        try {
            return PromptFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(media.mapping().get("format").orElseThrow().position()
                    + ": error: format in speech.media must be wav or sln16, not '" + format + "'");
            return PromptFormat.WAV;
        }
    }

    private static MediaHttp http(ConfigMapping http, MediaHttp d) {
        return new MediaHttp(http.flag("enabled", d.enabled()), http.text("bind", d.bind()),
                http.number("port", d.port(), 0, 65535), http.text("base-url", d.baseUrl()));
    }

    private static YamlNode.Mapping empty() {
        return new YamlNode.Mapping(Map.of(), SourcePosition.start("centralita.yaml"));
    }
}
