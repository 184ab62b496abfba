package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nodes no path reaches and loops that never wait for the caller, as (fixture, lines). */
class GraphValidationTest {

    private static final String HEAD = """
            centralita: 1
            id: t
            start: a
            variables:
              n: {type: number}
            nodes:
            """;

    /** A fixture flow: the common head (6 lines), then {@code nodes}, so node lines start at 7. */
    private static String flow(String nodes) {
        return HEAD + nodes;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a node no path reaches", flow("""
                          a: {type: hangup}
                          lost: {type: hangup}
                        """), List.of("flows/t.flow.yaml:8:3: warning: node 'lost': no path from 'start' reaches this node")),
                Arguments.of("the on-error node and what it reaches count as reached", flow("""
                          a: {type: play, prompt: Hi., next: a2}
                          a2: {type: hangup}
                          sorry: {type: play, prompt: Sorry., next: bye}
                          bye: {type: hangup}
                        """).replace("start: a\n", "start: a\non-error: sorry\n"), List.of()),
                Arguments.of("a loop of nodes that never wait for the caller, reported once", flow("""
                          a: {type: set, assign: {n: n + 1}, next: b}
                          b: {type: decision, branches: [{when: n > 3, next: c}], else: a}
                          c: {type: play, prompt: Looping., next: a}
                        """), List.of("flows/t.flow.yaml:7:3: error: node 'a': this loop can run forever without waiting"
                        + " for the caller: a -> b -> a")),
                Arguments.of("a node that goes to itself", flow("""
                          a: {type: play, prompt: Hold on., next: a}
                        """), List.of("flows/t.flow.yaml:7:3: error: node 'a': this loop can run forever without waiting"
                        + " for the caller: a -> a")),
                Arguments.of("a loop through a menu waits for the caller", flow("""
                          a: {type: menu, prompt: Press 1., options: {"1": {next: b}}, max-retries: c}
                          b: {type: play, prompt: Again., next: a}
                          c: {type: hangup}
                        """), List.of()),
                Arguments.of("a language node waits only when it asks", flow("""
                          a: {type: language, set: en-US, next: b}
                          b: {type: language, options: {"1": en-US}, prompt: For English press 1., next: a}
                          c: {type: language, set: en-US, next: c}
                        """), List.of("flows/t.flow.yaml:9:3: warning: node 'c': no path from 'start' reaches this node",
                        "flows/t.flow.yaml:9:3: error: node 'c': this loop can run forever without waiting for the caller: c -> c")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReportUnreachableNodesAndEndlessLoops(String description, String flow, List<String> expected) {
        // given a fixture flow; when it is validated
        List<String> problems = ValidationFixture.problems(flow);
        // then exactly these lines are reported
        assertThat(problems).containsExactlyElementsOf(expected);
    }
}
