package org.centralita.speech.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;

/** Each language spoken by the engine and voice chosen for it; espeak-ng's voice list read as it prints it. */
class LanguageVoicesTest {

    /** An engine that speaks some languages and notes what it was asked to say. */
    private record Recorder(String name, Set<String> languages, List<String> said,
                            java.util.concurrent.atomic.AtomicInteger asked) implements TextToSpeech {
        Recorder(String name, Set<String> languages) {
            this(name, languages, new ArrayList<>(), new java.util.concurrent.atomic.AtomicInteger());
        }

        @Override
        public boolean supports(String language) {
            asked.incrementAndGet();
            return languages.stream().anyMatch(l -> language.toLowerCase().startsWith(l));
        }

        @Override
        public String defaultVoice() {
            return name + "-default";
        }

        @Override
        public void stream(String text, String language, String voice, Consumer<SpeechAudio> chunks) {
            said.add(language + ":" + voice + ":" + text);
            chunks.accept(new SpeechAudio(new short[8], 8000));
        }
    }

    @Test
    void shouldSpeakEachLanguageWithItsMostSpecificRoute() {
        // given English on one engine, Mexican Spanish on a named voice and everything else on another
        Recorder english = new Recorder("freetts", Set.of("en"));
        Recorder others = new Recorder("espeak", Set.of("es", "fr"));
        LanguageVoices voices = new LanguageVoices(List.of(new LanguageVoices.Route(LanguageVoices.ANY, others, null),
                new LanguageVoices.Route("en", english, "kevin16"), new LanguageVoices.Route("es-MX", others, "es-419")),
                () -> { });

        // when prompts are said with the default voice (what the prompt cache asks for)
        voices.synthesize("Hello.", "en-US", voices.defaultVoice());
        voices.synthesize("Hola.", "es-ES", voices.defaultVoice());
        voices.synthesize("Hola.", "es-MX", null);

        // then each went to its route's engine and voice
        assertThat(english.said()).containsExactly("en-US:kevin16:Hello.");
        assertThat(others.said()).containsExactly("es-ES:null:Hola.", "es-MX:es-419:Hola.");
        assertThat(voices.supports("fr-CA")).isTrue();
        assertThat(voices.supports("zu-ZA")).isFalse();
        assertThat(voices.voiceId(null, "en-US")).isEqualTo("Recorder/kevin16");
    }

    @Test
    void shouldChooseALanguagesRouteOncePerTagNotPerPromptPlayed() {
        // given an engine that counts how often it is asked whether it speaks a language
        Recorder english = new Recorder("freetts", Set.of("en"));
        LanguageVoices voices = new LanguageVoices(List.of(new LanguageVoices.Route("en", english, null)), () -> { });

        // when many prompts of two languages are routed
        for (int i = 0; i < 50; i++) {
            assertThat(voices.supports("en-US")).isTrue();
            assertThat(voices.supports("en-GB")).isTrue();
            assertThat(voices.route("es-ES")).isEmpty();
        }

        // then the engine was asked once for each tag its route's prefix takes
        assertThat(english.asked().get()).isEqualTo(2);
        // and FreeTTS itself parses each tag once too, with the same answers every time
        FreeTtsSynthesizer freeTts = new FreeTtsSynthesizer(1);
        for (int i = 0; i < 3; i++) {
            assertThat(freeTts.supports("en-US")).isTrue();
            assertThat(freeTts.supports("EN")).isTrue();
            assertThat(freeTts.supports("es-ES")).isFalse();
            assertThat(freeTts.supports("en_US")).isFalse();
            assertThat(freeTts.supports(null)).isFalse();
        }
    }

    @Test
    void shouldRefuseALanguageNoRouteSpeaks() {
        // given only English
        LanguageVoices voices = new LanguageVoices(List.of(new LanguageVoices.Route("en",
                new Recorder("freetts", Set.of("en")), null)), () -> { });

        // then Spanish is refused with the fix named
        assertThatThrownBy(() -> voices.synthesize("Hola.", "es-ES", null))
                .hasMessage("no text-to-speech voice speaks language 'es-ES': play a recording instead");
    }

    @Test
    void shouldPickTheEspeakVoiceOfATagFromItsVoiceList() {
        // given the head of what espeak-ng 1.51 prints for --voices
        EspeakVoices voices = EspeakVoices.parse("""
                Pty Language       Age/Gender VoiceName          File                 Other Languages
                 5  af              --/M      Afrikaans          gmw/af
                 5  en-us           --/M      English_(America)  gmw/en-US            (en 3)
                 5  es              --/M      Spanish_(Spain)    roa/es
                 5  es-419          --/M      Spanish_(Latin_America) roa/es-419
                 5  fr-fr           --/M      French_(France)    roa/fr
                """);

        // then a tag gets its exact voice, else its language's, else the first of its language
        assertThat(voices.voiceFor("en-US")).hasValue("en-us");
        assertThat(voices.voiceFor("es-ES")).hasValue("es");
        assertThat(voices.voiceFor("es-419")).hasValue("es-419");
        assertThat(voices.voiceFor("fr-CA")).hasValue("fr-fr");
        assertThat(voices.voiceFor("zu-ZA")).isEmpty();
    }
}
