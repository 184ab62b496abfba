package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The file-level checks: a fixture flow each, and the exact lines the validator reports. */
class FlowLevelValidationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a flow without an id", """
                        centralita: 1
                        start: a
                        nodes:
                          a: {type: hangup}
                        """, List.of(
                        "flows/t.flow.yaml:1:1: error: missing 'id' (the flow's id, its file name without .flow.yaml)")),
                Arguments.of("an id that is not lower-case words", """
                        centralita: 1
                        id: My_Flow
                        start: a
                        nodes:
                          a: {type: hangup}
                        """, List.of("flows/t.flow.yaml:2:5: error: id 'My_Flow' must match [a-z][a-z0-9-]*")),
                Arguments.of("an id other than the file name", """
                        centralita: 1
                        id: other
                        start: a
                        nodes:
                          a: {type: hangup}
                        """, List.of("flows/t.flow.yaml:2:5: error: id 'other' differs from the file name 't.flow.yaml':"
                        + " a flow's id is its file name without .flow.yaml")),
                Arguments.of("no start", """
                        centralita: 1
                        id: t
                        nodes:
                          a: {type: hangup}
                        """, List.of("flows/t.flow.yaml:1:1: error: missing 'start' (the id of the first node)")),
                Arguments.of("a start naming no node", """
                        centralita: 1
                        id: t
                        start: gret
                        nodes:
                          greet: {type: hangup}
                        """, List.of("flows/t.flow.yaml:3:8: error: 'start' names unknown node 'gret' (did you mean 'greet'?)")),
                Arguments.of("an on-error naming no node", """
                        centralita: 1
                        id: t
                        start: a
                        on-error: sory
                        nodes:
                          a: {type: hangup}
                          sorry: {type: hangup}
                        """, List.of("flows/t.flow.yaml:4:11: error: 'on-error' names unknown node 'sory' (did you mean 'sorry'?)",
                        "flows/t.flow.yaml:7:3: warning: node 'sorry': no path from 'start' reaches this node")),
                Arguments.of("an unknown top-level key", """
                        centralita: 1
                        id: t
                        start: a
                        prompt: {}
                        nodes:
                          a: {type: hangup}
                        """, List.of("flows/t.flow.yaml:4:1: error: unknown top-level key 'prompt' (did you mean 'prompts'?)")),
                Arguments.of("no nodes", """
                        centralita: 1
                        id: t
                        start: a
                        """, List.of("flows/t.flow.yaml:1:1: error: missing 'nodes' (the flow's nodes, by id)",
                        "flows/t.flow.yaml:3:8: error: 'start' names unknown node 'a'")),
                Arguments.of("a node id with capitals", """
                        centralita: 1
                        id: t
                        start: Greet
                        nodes:
                          Greet: {type: hangup}
                        """, List.of("flows/t.flow.yaml:5:3: error: node 'Greet': node id 'Greet' must match [a-z][a-z0-9-]*")),
                Arguments.of("variable names that expressions cannot read or that are reserved", """
                        centralita: 1
                        id: t
                        start: a
                        variables:
                          card-number: {type: digits}
                          call: {type: text}
                        nodes:
                          a: {type: hangup}
                        """, List.of("flows/t.flow.yaml:5:3: error: variable name 'card-number' must be a lower-case letter"
                                + " then letters, digits or _ (expressions read it)",
                        "flows/t.flow.yaml:6:3: error: variable name 'call' is reserved in expressions")),
                Arguments.of("variable types, flags and defaults", """
                        centralita: 1
                        id: t
                        start: a
                        variables:
                          balance: {type: numbr}
                          pin: {type: digits, sensitive: yes, default: 12ab}
                          due: {type: date, defalt: 2026-01-01}
                        nodes:
                          a: {type: hangup}
                        """, List.of(
                        "flows/t.flow.yaml:5:19: error: variable 'balance': type 'numbr' must be one of text, digits,"
                                + " number, boolean, date (did you mean 'number'?)",
                        "flows/t.flow.yaml:6:34: error: variable 'pin': 'sensitive' must be true or false",
                        "flows/t.flow.yaml:6:48: error: variable 'pin': default does not fit type digits",
                        "flows/t.flow.yaml:7:21: error: variable 'due': unknown key 'defalt' (did you mean 'default'?)")),
                Arguments.of("language tags that are not tags, or repeated", """
                        centralita: 1
                        id: t
                        languages: [en-US, English, en-US]
                        start: a
                        nodes:
                          a: {type: hangup}
                        """, List.of("flows/t.flow.yaml:3:20: error: language 'English' is not a language tag such as en-US",
                        "flows/t.flow.yaml:3:29: error: language 'en-US' is listed twice")),
                Arguments.of("defaults of the wrong kind", """
                        centralita: 1
                        id: t
                        start: a
                        defaults:
                          timeout: 5
                          retries: three
                          barge-in: yes
                          terminator: A
                          timout: 5s
                        nodes:
                          a: {type: hangup}
                        """, List.of(
                        "flows/t.flow.yaml:5:12: error: 'timeout' '5' is not a duration: write it like 300ms, 5s, 2m or 1h",
                        "flows/t.flow.yaml:6:12: error: 'retries' 'three' must be a whole number from 0 to 999999999",
                        "flows/t.flow.yaml:7:13: error: 'barge-in' 'yes' must be true or false",
                        "flows/t.flow.yaml:8:15: error: 'terminator' 'A' must be DTMF keys (0-9, * or #; write \"#\" and \"*\" in quotes)",
                        "flows/t.flow.yaml:9:3: error: unknown key 'timout' in 'defaults' (did you mean 'timeout'?)")),
                Arguments.of("a layout entry for a node that does not exist", """
                        centralita: 1
                        id: t
                        start: a
                        nodes:
                          a: {type: hangup}
                        layout:
                          a: {x: 40, y: 40}
                          b: {x: 40, y: 120}
                        """, List.of("flows/t.flow.yaml:8:3: warning: 'layout' places unknown node 'b'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReportEachFileLevelProblemWithFileLineAndColumn(String description, String flow, List<String> expected) {
        // given a fixture flow; when it is validated
        List<String> problems = ValidationFixture.problems(flow);
        // then exactly these lines are reported
        assertThat(problems).containsExactlyElementsOf(expected);
    }
}
