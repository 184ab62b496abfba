package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.channel.PromptSegment;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompts for Asterisk: synthesized into the shared media directory at call time and at publish. */
class SpokenPromptsTest {

    private static final long CACHE_BYTES = 50L * 1024 * 1024;
    private static final PromptRenderer RECORDINGS = PromptRenderer.hashed("centralita");

    @TempDir
    Path dir;

    private PromptCache cache(PromptFormat format) {
        return new PromptCache(dir.resolve("cache"), SpeechEngines.tts(), null, format, CACHE_BYTES);
    }

    private SynthesizedPromptRenderer renderer(PromptCache cache) {
        return new SynthesizedPromptRenderer(SpeechEngines.tts(), cache, new MediaDirectory(dir.resolve("sounds")), RECORDINGS);
    }

    @Test
    void shouldNameAnAbsoluteTelephoneWavInTheSharedDirectoryForStreamFile() {
        // given
        PromptRenderer renderer = renderer(cache(PromptFormat.WAV));

        // when
        String sound = renderer.soundFor(new PromptSegment.Speak("Your balance is 42 dollars."), "en-US");
        String again = renderer.soundFor(new PromptSegment.Speak("Your balance is 42 dollars."), "en-US");

        // then
        assertThat(again).isEqualTo(sound);
        assertThat(Path.of(sound)).isAbsolute();
        assertThat(Path.of(sound).getParent()).isEqualTo(dir.resolve("sounds").toAbsolutePath());
        assertThat(sound).doesNotEndWith(".wav");
        SpeechAudio audio = AudioFiles.readWav(Path.of(sound + ".wav"));
        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.rms()).isGreaterThan(300);
    }

    @Test
    void shouldWriteWidebandSignedLinearWhenConfigured() throws Exception {
        // when
        String sound = renderer(cache(PromptFormat.SLN16)).soundFor(new PromptSegment.Speak("Hello."), "en-US");

        // then
        assertThat(Path.of(sound + ".sln16")).isRegularFile();
        assertThat(Files.size(Path.of(sound + ".sln16")) % 2).isZero();
        assertThat(Path.of(sound + ".wav")).doesNotExist();
    }

    @Test
    void shouldNameTheRecordingForALanguageNoVoiceSpeaks() {
        // Zulu: neither FreeTTS nor espeak-ng has a voice for it
        PromptSegment.Speak sawubona = new PromptSegment.Speak("Sawubona.");

        assertThat(renderer(cache(PromptFormat.WAV)).soundFor(sawubona, "zu-ZA"))
                .isEqualTo(RECORDINGS.soundFor(sawubona, "zu-ZA"));
        assertThat(dir.resolve("sounds")).isEmptyDirectory();
    }

    @Test
    void shouldSynthesizeEveryStaticPromptOfAFlowAtPublishAndLeaveDynamicOnesForTheCall() {
        // given
        ExecutableFlow flow = VoiceFixtures.compile(dir, "balance", """
                centralita: 1
                id: balance
                languages: [en-US, zu-ZA]
                start: hello
                variables:
                  balance: {type: number, default: 12}
                nodes:
                  hello: {type: play, prompt: {en-US: Welcome., zu-ZA: {audio: sounds/zu/hola}}, next: tell}
                  tell: {type: play, prompt: {en-US: "You owe ${balance} dollars.", zu-ZA: {audio: sounds/zu/saldo}}, next: menu}
                  menu:
                    type: menu
                    prompt: {en-US: [Press 1 to pay., {pause: 1s}], zu-ZA: {audio: sounds/zu/menu}}
                    no-match-prompt: {en-US: Sorry., zu-ZA: {audio: sounds/zu/perdon}}
                    options: {"1": {next: bye}}
                    max-retries: bye
                  bye: {type: hangup, prompt: {en-US: Goodbye., zu-ZA: {audio: sounds/zu/adios}}}
                """);
        PromptCache cache = cache(PromptFormat.WAV);

        // when
        StaticPrompts.Synthesized done = new StaticPrompts(SpeechEngines.tts(), cache).synthesize(flow);

        // then
        assertThat(done.prompts()).isEqualTo(4);
        assertThat(done.languagesWithoutVoice()).containsExactly("zu-ZA");
        assertThat(cache.contains("Welcome.", "en-US")).isTrue();
        assertThat(cache.contains("Press 1 to pay.", "en-US")).isTrue();
        assertThat(cache.contains("Sorry.", "en-US")).isTrue();
        assertThat(cache.contains("Goodbye.", "en-US")).isTrue();
        assertThat(cache.contains("You owe 12 dollars.", "en-US")).isFalse();
    }

    @Test
    void shouldReadTheSpeechSectionOfTheConfiguration() throws Exception {
        // given
        String yaml = """
                speech:
                  tts: {engine: freetts, voice: kevin16, cache: ./data/prompts, voices: {es-MX: espeak-ng/es-419}}
                  asr: {engine: sphinx4, engines: 3}
                  media:
                    shared-dir: /srv/sounds/centralita
                    format: sln16
                    http: {enabled: true, bind: 10.0.0.5, port: 8089, base-url: "http://10.0.0.5:8089/media"}
                """;

        // when
        SpeechSettings settings = SpeechConfig.from(ConfigReader.read("centralita.yaml", yaml));

        // then
        assertThat(settings.voice()).isEqualTo("kevin16");
        assertThat(settings.recognizers()).isEqualTo(3);
        assertThat(settings.voices()).isEqualTo(Map.of("es-MX", "espeak-ng/es-419"));
        assertThat(settings.sharedDirectory()).isEqualTo(Path.of("/srv/sounds/centralita"));
        assertThat(settings.format()).isEqualTo(PromptFormat.SLN16);
        assertThat(settings.http()).isEqualTo(new MediaHttp(true, "10.0.0.5", 8089, "http://10.0.0.5:8089/media"));
        SpeechSettings defaults = SpeechSettings.defaults();
        assertThat(SpeechConfig.from(ConfigReader.read("centralita.yaml", "flows: ./flows\n")))
                .isEqualTo(new SpeechSettings(defaults.voice(), defaults.promptCache().toAbsolutePath().normalize(),
                        defaults.promptCacheMegabytes(), defaults.recognizers(),
                        defaults.grammars().toAbsolutePath().normalize(), defaults.sharedDirectory(), defaults.format(),
                        defaults.http(), Map.of()));
    }

    @Test
    void shouldReportEverySpeechConfigurationProblemAtOnce() {
        String yaml = """
                speech:
                  tts: {engine: espeak, voise: kevin16, voices: {fr: mbrola}}
                  media: {format: mp3}
                """;

        assertThatThrownBy(() -> SpeechConfig.from(ConfigReader.read("centralita.yaml", yaml)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(4)
                        .anyMatch(p -> p.contains("speech.tts.voices.fr must be an engine (freetts, espeak-ng) with an"
                                + " optional /voice, not 'mbrola'"))
                        .anyMatch(p -> p.contains("engine 'espeak' is not available: this runtime has freetts"))
                        .anyMatch(p -> p.contains("unknown key 'voise' in speech.tts (did you mean 'voice'?)"))
                        .anyMatch(p -> p.contains("format in speech.media must be wav or sln16, not 'mp3'")));
    }
}
