package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Prompt text (and values read out) in a language without a text-to-speech voice is refused, as (fixture, lines); English has a voice. */
class VoiceValidationTest {

    private static final ValidationOptions ENGLISH_VOICE = ValidationOptions.defaults().withTtsLanguages(Set.of("en"));

    private static final String HEAD = """
            centralita: 1
            id: t
            languages: [en-US, es-ES]
            start: a
            prompts:
              welcome:
                en-US: Welcome.
                es-ES: {audio: sounds/es/bienvenido}
            nodes:
            """;

    /** The common head (9 lines), then {@code nodes}: node lines start at 10. */
    private static String flow(String nodes) {
        return HEAD + nodes;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("recordings for the language without a voice, text for the one with", flow("""
                          a: {type: play, prompt: welcome, next: b}
                          b: {type: hangup, prompt: {en-US: Goodbye., es-ES: [{audio: sounds/es/adios}, {pause: 1s}]}}
                        """), List.of()),
                Arguments.of("text for every language", flow("""
                          a: {type: play, prompt: welcome, next: b}
                          b: {type: hangup, prompt: Goodbye.}
                        """), List.of(
                        "flows/t.flow.yaml:11:29: error: node 'b': 'prompt' has neither a text-to-speech voice nor a"
                                + " recording for language 'es-ES': give es-ES callers a recording ({audio: FILE})")),
                Arguments.of("a text segment in the language's own list, and a no-match prompt falling back to English",
                        flow("""
                          a:
                            type: menu
                            prompt: {en-US: Press 1., es-ES: [{audio: sounds/es/marque}, {text: uno}]}
                            no-match-prompt: {en-US: Sorry.}
                            options: {"1": {next: b}}
                            max-retries: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:12:13: error: node 'a': 'prompt' has neither a text-to-speech voice nor a"
                                + " recording for language 'es-ES': give es-ES callers a recording ({audio: FILE})",
                        "flows/t.flow.yaml:13:22: warning: node 'a': 'no-match-prompt' has no es-ES text: es-ES callers hear en-US",
                        "flows/t.flow.yaml:13:22: error: node 'a': 'no-match-prompt' has neither a text-to-speech voice"
                                + " nor a recording for language 'es-ES': give es-ES callers a recording ({audio: FILE})")),
                Arguments.of("an amount read out in the language without a voice", flow("""
                          a: {type: play, prompt: welcome, next: b}
                          b: {type: hangup, prompt: {en-US: Goodbye., es-ES: [{audio: sounds/es/saldo}, {say-money: 12, currency: EUR}]}}
                        """), List.of(
                        "flows/t.flow.yaml:11:29: error: node 'b': 'prompt' has neither a text-to-speech voice nor a"
                                + " recording for language 'es-ES': give es-ES callers a recording ({audio: FILE})")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRefuseTextNoVoiceCanSpeak(String description, String yaml, List<String> expected) {
        assertThat(ValidationFixture.problems(yaml, ENGLISH_VOICE)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldNotCheckVoicesWhenTheValidatorIsNotToldWhichLanguagesHaveOne() {
        assertThat(ValidationFixture.problems(flow("""
                  a: {type: hangup, prompt: Adiós.}
                """))).isEmpty();
    }
}
