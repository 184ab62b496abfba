package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.centralita.speech.tts.EspeakNgSynthesizer;
import org.centralita.speech.tts.FreeTtsSynthesizer;
import org.centralita.speech.tts.LanguageVoices;
import org.junit.jupiter.api.Test;

/** The runtime's voices: FreeTTS for English, espeak-ng for the rest, and what speech.tts.voices changes. */
class TtsVoicesTest {

    private static final Optional<EspeakNgSynthesizer> ESPEAK = EspeakNgSynthesizer.installed();

    @Test
    void shouldSpeakEnglishWithFreeTtsAndOtherLanguagesWithEspeakNgByDefault() {
        // given the defaults, espeak-ng installed
        try (LanguageVoices voices = TtsVoices.build("kevin16", Map.of(), 1, ESPEAK)) {
            // then each language has its engine and voice
            assertThat(voices.route("en-US")).get().satisfies(r -> {
                assertThat(r.engine()).isInstanceOf(FreeTtsSynthesizer.class);
                assertThat(r.voice()).isEqualTo("kevin16");
            });
            assertThat(voices.voiceId(null, "es-ES")).isEqualTo("espeak-ng/es");
            assertThat(voices.supports("zu-ZA")).isFalse();
        }
    }

    @Test
    void shouldLetTheConfigurationGiveALanguageAnotherVoice() {
        // given English and Mexican Spanish configured on espeak-ng voices
        try (LanguageVoices voices = TtsVoices.build("kevin16", Map.of("en", "espeak-ng/en-gb", "es-MX", "espeak-ng/es-419"),
                1, ESPEAK)) {
            // then the configured voices win over the defaults
            assertThat(voices.voiceId(null, "en-US")).isEqualTo("espeak-ng/en-gb");
            assertThat(voices.voiceId(null, "es-MX")).isEqualTo("espeak-ng/es-419");
            assertThat(voices.voiceId(null, "es-ES")).isEqualTo("espeak-ng/es");
        }
    }

    @Test
    void shouldRefuseEspeakNgWhereItIsNotInstalled() {
        assertThatThrownBy(() -> TtsVoices.build("kevin16", Map.of("es", "espeak-ng"), 1, Optional.empty()))
                .hasMessageContaining("speech.tts.voices.es asks for espeak-ng, which is not installed here");
    }

    @Test
    void shouldLeaveOtherLanguagesWithoutVoiceWhenEspeakNgIsMissing() {
        try (LanguageVoices voices = TtsVoices.build("kevin16", Map.of(), 1, Optional.empty())) {
            assertThat(voices.supports("en-GB")).isTrue();
            assertThat(voices.supports("es-ES")).isFalse();
        }
    }
}
