package org.centralita.speech.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.Test;

/** espeak-ng, installed from Debian (.ci/run installs it), speaking the languages FreeTTS lacks. */
class EspeakNgSynthesizerTest {

    private static EspeakNgSynthesizer espeak() {
        return EspeakNgSynthesizer.installed().orElseThrow(() ->
                new AssertionError("espeak-ng is not installed: apt-get install espeak-ng"));
    }

    @Test
    void shouldSpeakSpanishAsAudibleSpeech() {
        // given espeak-ng
        EspeakNgSynthesizer espeak = espeak();

        // when a Spanish prompt is synthesized with the language's own voice
        SpeechAudio audio = espeak.synthesize("Bienvenido a los Servicios Municipales.", "es-ES", null);

        // then it is speech of a plausible length, and the cache knows it as espeak-ng's es voice
        assertThat(espeak.supports("es-ES")).isTrue();
        assertThat(audio.duration()).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(6));
        assertThat(audio.rms()).isGreaterThan(300);
        assertThat(espeak.voiceId(null, "es-ES")).isEqualTo("espeak-ng/es");
    }

    @Test
    void shouldReadTextThatLooksLikeAnOptionAsText() {
        // given a prompt that would be an option on a command line
        EspeakNgSynthesizer espeak = espeak();

        // when it is spoken, then it is words, not a usage message or an error
        SpeechAudio audio = espeak.synthesize("--help -w /tmp/x", "es-ES", null);
        assertThat(audio.duration()).isGreaterThan(Duration.ofMillis(500));
        assertThat(audio.rms()).isGreaterThan(300);
    }

    @Test
    void shouldBeAbsentWhereTheProgramIsNot() {
        assertThat(EspeakNgSynthesizer.installed("/nonexistent/espeak-ng")).isEmpty();
    }
}
