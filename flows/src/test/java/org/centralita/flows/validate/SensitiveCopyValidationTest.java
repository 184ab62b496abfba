package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values derived from a sensitive one, and crm query expressions, as (fixture, lines). */
class SensitiveCopyValidationTest {

    private static final String HEAD = """
            centralita: 1
            id: t
            start: a
            variables:
              account: {type: digits}
              note: {type: text}
              balance: {type: number}
              checked: {type: boolean}
              vouched: {type: text, sensitive: false}
              pin: {type: digits, sensitive: true}
            nodes:
            """;

    /** A fixture flow: the common head (11 lines), then {@code nodes}, so node lines start at 12. */
    private static String flow(String nodes) {
        return HEAD + nodes;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a copy of a sensitive variable, however derived, warned where the secret is", flow("""
                          a: {type: set, assign: {note: '"PIN " + pin', balance: size(note)}, next: b}
                          b: {type: play, prompt: "Noted ${note}.", next: c}
                          c: {type: crm, connector: crm, path: /n, query: {n: note}, found: d}
                          d: {type: queue, queue: care, context: {n: note, b: balance}}
                        """), List.of(
                        "flows/t.flow.yaml:13:27: warning: node 'b': variable 'note' holds a value derived from sensitive"
                                + " 'pin' (masked as it is) and is spoken in a prompt",
                        "flows/t.flow.yaml:14:55: warning: node 'c': variable 'note' holds a value derived from sensitive"
                                + " 'pin' (masked as it is) and is sent to the CRM as *** in 'query'",
                        "flows/t.flow.yaml:15:46: warning: node 'd': variable 'note' holds a value derived from sensitive"
                                + " 'pin' (masked as it is) and is handed to the agent in 'context'",
                        "flows/t.flow.yaml:15:55: warning: node 'd': variable 'balance' holds a value derived from"
                                + " sensitive 'pin' (masked as it is) and is handed to the agent in 'context'")),
                Arguments.of("a crm query written as a template, or as unquoted literal text", flow("""
                          a: {type: crm, connector: crm, path: /n, query: {id: '${account}', include: card}, found: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:12:56: error: node 'a': 'query' 'id' is an expression, not a template:"
                                + " write account rather than ${account}, and quote literal text ('\"card\"')",
                        "flows/t.flow.yaml:12:79: error: node 'a': unknown variable 'card' in 'query' 'include'"
                                + " (an expression: quote literal text, '\"card\"'): declare it under 'variables'")),
                Arguments.of("a yes/no computed from a secret, and a variable written sensitive: false", flow("""
                          a: {type: set, assign: {checked: pin == "1234", vouched: 'pin.substring(0, 1)'}, next: b}
                          b: {type: queue, queue: care, context: {ok: checked, first: vouched}}
                        """), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldWarnWhereACopyOfASecretGoesAndCheckQueryExpressions(String description, String flow,
                                                                   List<String> expected) {
        // given a fixture flow; when it is validated
        List<String> problems = ValidationFixture.problems(flow);
        // then exactly these lines are reported
        assertThat(problems).containsExactlyElementsOf(expected);
    }
}
