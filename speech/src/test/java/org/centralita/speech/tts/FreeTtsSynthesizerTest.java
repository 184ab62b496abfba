package org.centralita.speech.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralita.speech.audio.SpeechAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FreeTtsSynthesizerTest {

    private static FreeTtsSynthesizer tts;

    @BeforeAll
    static void allocate() {
        tts = new FreeTtsSynthesizer(2);
    }

    @AfterAll
    static void deallocate() {
        tts.close();
    }

    @Test
    void shouldSpeakAudibleAudioLastingAboutAsLongAsTheText() {
        SpeechAudio audio = tts.synthesize("Welcome to Centralita bank. Please say billing or technical support.",
                "en-US", null);

        assertThat(audio.sampleRate()).isEqualTo(16000);
        // About 11 words: a person takes 3 to 6 seconds.
        assertThat(audio.duration()).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(7));
        assertThat(audio.rms()).isGreaterThan(500);
    }

    @Test
    void shouldTakeLongerForLongerText() {
        Duration shortPrompt = tts.synthesize("Goodbye.", "en", null).duration();
        Duration longPrompt = tts.synthesize("Your balance is $1,234.56 as of 2026-12-25.", "en", null).duration();

        assertThat(longPrompt).isGreaterThan(shortPrompt.multipliedBy(4));
    }

    @Test
    void shouldStreamTheFirstAudioBeforeTheWholePromptIsDone() {
        List<SpeechAudio> chunks = new ArrayList<>();

        tts.stream("Thank you for calling. Your call is important to us. Please hold.", "en-US", null, chunks::add);

        assertThat(chunks).hasSizeGreaterThan(1);
    }

    @Test
    void shouldSupportEnglishOnly() {
        assertThat(tts.supports("en-US")).isTrue();
        assertThat(tts.supports("en")).isTrue();
        assertThat(tts.supports("es-ES")).isFalse();
        assertThat(tts.supports(null)).isFalse();
    }

    @Test
    void shouldRefuseALanguageWithoutVoice() {
        assertThatThrownBy(() -> tts.synthesize("Hola", "es-ES", null))
                .hasMessageContaining("no FreeTTS voice speaks language 'es-ES'");
    }

    @Test
    void shouldNameTheKnownVoicesForAnUnknownVoice() {
        assertThatThrownBy(() -> tts.synthesize("Hello", "en-US", "hal9000"))
                .hasMessageContaining("unknown FreeTTS voice 'hal9000'")
                .hasMessageContaining("kevin16");
    }
}
