package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Prompts, variables read in prompts, and sensitive values leaving the call, as (fixture, lines). */
class PromptValidationTest {

    private static final String HEAD = """
            centralita: 1
            id: t
            languages: [en-US, es-ES]
            start: a
            variables:
              balance: {type: number}
              pin: {type: digits, sensitive: true}
            prompts:
              welcome:
                en-US: Welcome.
                es-ES: Bienvenido.
            nodes:
            """;

    /** A fixture flow: the common head (12 lines), then {@code nodes}, so node lines start at 13. */
    private static String flow(String nodes) {
        return HEAD + nodes;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a prompt key that does not exist, close to one that does", flow("""
                          a: {type: play, prompt: welcom, next: b}
                          b: {type: hangup, prompt: goodbye}
                        """), List.of(
                        "flows/t.flow.yaml:13:27: error: node 'a': unknown prompt 'welcom' in 'prompt' (did you mean 'welcome'?)",
                        "flows/t.flow.yaml:14:29: error: node 'b': unknown prompt 'goodbye' in 'prompt' (to speak the word itself, write {text: goodbye})")),
                Arguments.of("inline text and a known key are prompts", flow("""
                          a: {type: play, prompt: welcome, next: b}
                          b: {type: hangup, prompt: "Goodbye, ${balance}."}
                        """), List.of()),
                Arguments.of("a map by language missing one of the flow's languages, or naming another", flow("""
                          a: {type: play, prompt: {en-US: Hello., fr-FR: Bonjour.}, next: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:13:27: warning: node 'a': 'prompt' has no es-ES text: es-ES callers hear en-US",
                        "flows/t.flow.yaml:13:43: error: node 'a': 'prompt': 'fr-FR' is not a language of the flow (en-US, es-ES)")),
                Arguments.of("a prompt of the prompts section missing a language", """
                        centralita: 1
                        id: t
                        languages: [en-US, es-ES]
                        start: a
                        prompts:
                          bye: {en-US: Goodbye.}
                        nodes:
                          a: {type: hangup, prompt: bye}
                        """, List.of("flows/t.flow.yaml:6:8: warning: prompt 'bye' has no es-ES text: es-ES callers hear en-US")),
                Arguments.of("segments: unknown kinds, two kinds in one, extensions, pauses, currencies", flow("""
                          a:
                            type: play
                            prompt:
                              - {say-numbr: balance}
                              - {text: Hi, audio: sounds/hi}
                              - {audio: sounds/welcome.wav}
                              - {pause: half}
                              - {say-money: balance, currency: dollars}
                              - {say-money: balance}
                            next: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:16:10: error: node 'a': 'prompt': unknown prompt segment 'say-numbr' (did you mean 'say-number'?)",
                        "flows/t.flow.yaml:17:9: error: node 'a': 'prompt': a segment holds one of text, audio, say-number, say-digits,"
                                + " say-date, say-money, pause; this one has text and audio (write a list of segments)",
                        "flows/t.flow.yaml:18:17: error: node 'a': 'prompt': audio 'sounds/welcome.wav': write the recording's path"
                                + " without its extension ('sounds/welcome')",
                        "flows/t.flow.yaml:19:17: error: node 'a': 'prompt': pause 'half' is not a duration: write it like 300ms, 5s, 2m or 1h",
                        "flows/t.flow.yaml:20:40: error: node 'a': 'prompt': currency 'dollars' is not an ISO 4217 code such as USD or EUR",
                        "flows/t.flow.yaml:21:9: error: node 'a': 'prompt': 'say-money' needs a currency, such as {say-money: balance, currency: USD}")),
                Arguments.of("variables read in text and segments must be declared", flow("""
                          a: {type: play, prompt: [{text: "Balance: ${balanse}"}, {say-digits: acount}], next: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:13:35: error: node 'a': unknown variable 'balanse' in 'prompt' (did you mean 'balance'?)",
                        "flows/t.flow.yaml:13:72: error: node 'a': unknown variable 'acount' in 'prompt' 'say-digits': declare it under 'variables'")),
                Arguments.of("a template whose ${ is not closed, pointing at its column", flow("""
                          a: {type: play, prompt: "You owe ${balance", next: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:13:36: error: node 'a': 'prompt': '${' at column 9 has no closing '}'")),
                Arguments.of("an expression inside a template that does not parse, pointing at its column", flow("""
                          a: {type: play, prompt: "You owe ${balance +}", next: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:13:46: error: node 'a': 'prompt': 'balance +' does not parse: parsing error in '+'")),
                Arguments.of("a sensitive variable spoken in a prompt", flow("""
                          a: {type: play, prompt: [{text: "Your PIN is ${pin}"}, {say-digits: pin}], next: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:13:35: warning: node 'a': sensitive variable 'pin' is spoken in a prompt",
                        "flows/t.flow.yaml:13:71: warning: node 'a': sensitive variable 'pin' is spoken in a prompt")),
                Arguments.of("a sensitive variable sent to the CRM in its path, query and body", flow("""
                          a:
                            type: crm
                            connector: crm
                            path: /check/${pin}
                            query: {p: pin}
                            body: {pin: "${pin}"}
                            found: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:16:11: warning: node 'a': sensitive variable 'pin' is sent to the CRM as *** in 'path'",
                        "flows/t.flow.yaml:17:16: warning: node 'a': sensitive variable 'pin' is sent to the CRM as *** in 'query'",
                        "flows/t.flow.yaml:18:17: warning: node 'a': sensitive variable 'pin' is sent to the CRM as *** in 'body'")),
                Arguments.of("a sensitive variable handed to the agent in a queue's context, listed or as expression", flow("""
                          a: {type: queue, queue: sales, context: [balance, pin], overflow: b}
                          b: {type: queue, queue: care, context: {code: pin, amount: balanse}}
                        """), List.of(
                        "flows/t.flow.yaml:13:53: warning: node 'a': sensitive variable 'pin' is handed to the agent in 'context'",
                        "flows/t.flow.yaml:14:49: warning: node 'b': sensitive variable 'pin' is handed to the agent in 'context'",
                        "flows/t.flow.yaml:14:62: error: node 'b': unknown variable 'balanse' in 'context' 'amount' (did you mean 'balance'?)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReportEachPromptAndVariableProblem(String description, String flow, List<String> expected) {
        // given a fixture flow; when it is validated
        List<String> problems = ValidationFixture.problems(flow);
        // then exactly these lines are reported
        assertThat(problems).containsExactlyElementsOf(expected);
    }
}
