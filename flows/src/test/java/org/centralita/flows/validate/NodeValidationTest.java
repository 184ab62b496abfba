package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks of nodes: types, fields, outcomes and each type's own rules, as (fixture, lines). */
class NodeValidationTest {

    private static final String HEAD = """
            centralita: 1
            id: t
            start: a
            variables:
              balance: {type: number}
              account: {type: digits}
            nodes:
            """;

    /** A fixture flow: the common head (7 lines), then {@code nodes}, so node lines start at 8. */
    private static String flow(String nodes) {
        return HEAD + nodes;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an unknown node type", flow("""
                          a: {type: plya, prompt: Hi., next: a}
                        """), List.of("flows/t.flow.yaml:8:13: error: node 'a': unknown node type 'plya' (did you mean 'play'?)")),
                Arguments.of("a node without a type", flow("""
                          a: {prompt: Hi.}
                        """), List.of("flows/t.flow.yaml:8:3: error: node 'a': missing 'type' (one of play, menu, input, set,"
                        + " decision, rules, crm, hours, queue, transfer, voicemail, record, callback, language, subflow, return, hangup)")),
                Arguments.of("a node that is not a map", flow("""
                          a: hangup
                        """), List.of("flows/t.flow.yaml:8:6: error: node 'a': a node is a map with a 'type' and its fields, not a value")),
                Arguments.of("an unknown field", flow("""
                          a: {type: hangup, promt: Bye.}
                        """), List.of("flows/t.flow.yaml:8:21: error: node 'a': unknown field 'promt' for a hangup node (did you mean 'prompt'?)")),
                Arguments.of("a missing required field and outcome", flow("""
                          a: {type: play}
                        """), List.of("flows/t.flow.yaml:8:3: error: node 'a': missing required field 'prompt'",
                        "flows/t.flow.yaml:8:3: error: node 'a': missing required outcome 'next'")),
                Arguments.of("an outcome naming no node", flow("""
                          a: {type: play, prompt: Hi., next: b, error: bye}
                          bye: {type: hangup}
                        """), List.of("flows/t.flow.yaml:8:38: error: node 'a': outcome 'next' goes to unknown node 'b'")),
                Arguments.of("a menu option going to a misspelt node", flow("""
                          a:
                            type: menu
                            prompt: Press 1 for your account.
                            options:
                              "1": {say: [account], next: get-acount}
                            max-retries: get-account
                          get-account: {type: hangup}
                        """), List.of("flows/t.flow.yaml:12:35: error: node 'a': option '1' goes to unknown node 'get-acount' (did you mean 'get-account'?)")),
                Arguments.of("menu options: keys, shapes, a phrase used twice", flow("""
                          a:
                            type: menu
                            prompt: Choose.
                            options:
                              "1": {say: [Account balance], next: b}
                              "2": {say: [account  BALANCE], nxt: b}
                              "12": b
                            confidence: 2
                            max-retries: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:13:12: error: node 'a': option '2' has no 'next' (the node it goes to)",
                        "flows/t.flow.yaml:13:19: error: node 'a': phrase 'account  BALANCE' is used twice: by option '1' and by option '2'",
                        "flows/t.flow.yaml:13:38: error: node 'a': option '2': unknown key 'nxt' (did you mean 'next'?)",
                        "flows/t.flow.yaml:14:7: error: node 'a': option '12' must be one DTMF key: 0-9, \"*\" or \"#\" (write * and # in quotes)",
                        "flows/t.flow.yaml:14:13: error: node 'a': option '12' must be a map {say: [phrases], next: node}, not a value",
                        "flows/t.flow.yaml:15:17: error: node 'a': 'confidence' '2' must be a number from 0 to 1")),
                Arguments.of("field kinds: duration, whole number, true or false, DTMF key, choice", flow("""
                          a:
                            type: input
                            prompt: Your account number, please.
                            mode: digit
                            timeout: 5 seconds
                            retries: -1
                            barge-in: "true"
                            terminator: "A"
                            next: b
                            max-retries: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:11:11: error: node 'a': 'mode' 'digit' must be one of digits, speech, both (did you mean 'digits'?)",
                        "flows/t.flow.yaml:12:14: error: node 'a': 'timeout' '5 seconds' is not a duration: write it like 300ms, 5s, 2m or 1h",
                        "flows/t.flow.yaml:13:14: error: node 'a': 'retries' '-1' is out of range: write a whole number from 0 to 999999999",
                        "flows/t.flow.yaml:14:15: error: node 'a': 'barge-in' 'true' must be true or false",
                        "flows/t.flow.yaml:15:17: error: node 'a': 'terminator' 'A' must be DTMF keys (0-9, * or #; write \"#\" and \"*\" in quotes)")),
                Arguments.of("a whole number too large says the range (issue 10)", flow("""
                          a: {type: menu, prompt: Press 1., retries: 99999999999999999999, options: {"1": {next: b}}, max-retries: b}
                          b: {type: hangup}
                        """), List.of("flows/t.flow.yaml:8:46: error: node 'a': 'retries' '99999999999999999999' is out of range: "
                        + "write a whole number from 0 to 999999999")),
                Arguments.of("min-digits greater than max-digits", flow("""
                          a: {type: input, prompt: PIN please., min-digits: 6, max-digits: 4, store: account, next: b, max-retries: b}
                          b: {type: hangup}
                        """), List.of("flows/t.flow.yaml:8:53: error: node 'a': 'min-digits' (6) is greater than 'max-digits' (4)")),
                Arguments.of("an input storing into an undeclared variable, with a bad grammar and validation", flow("""
                          a:
                            type: input
                            prompt: Card number?
                            grammar: digit
                            valid: luhn(value
                            store: acount
                            next: b
                            max-retries: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:11:14: error: node 'a': 'grammar' 'digit' must be one of digits, number, yes-no, date, money or a list of phrases (did you mean 'digits'?)",
                        "flows/t.flow.yaml:12:17: error: node 'a': 'valid': 'luhn(value' does not parse: parsing error in 'value'",
                        "flows/t.flow.yaml:13:12: error: node 'a': unknown variable 'acount' in 'store' (did you mean 'account'?)")),
                Arguments.of("set: undeclared variables and expressions that do not parse", flow("""
                          a:
                            type: set
                            assign:
                              balanse: 0
                              balance: balance +* 2
                            next: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:11:7: error: node 'a': unknown variable 'balanse' in 'assign' (did you mean 'balance'?)",
                        "flows/t.flow.yaml:12:24: error: node 'a': 'assign' of 'balance': 'balance +* 2' does not parse: parsing error in '+'")),
                Arguments.of("decision: branches with unknown names and missing parts", flow("""
                          a:
                            type: decision
                            branches:
                              - {when: balanse > 10, next: b}
                              - {wen: true, next: b}
                              - {when: account == "1"}
                            else: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:11:16: error: node 'a': unknown variable 'balanse' in branch 1 'when' (did you mean 'balance'?)",
                        "flows/t.flow.yaml:12:9: error: node 'a': branch 2 has no 'when'",
                        "flows/t.flow.yaml:12:10: error: node 'a': branch 2: unknown key 'wen' (did you mean 'when'?)",
                        "flows/t.flow.yaml:13:9: error: node 'a': branch 3 has no 'next'")),
                Arguments.of("rules: outcome names", flow("""
                          a: {type: rules, rules: routing.txt, outcomes: {VIP: b, default: b}, default: b}
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:8:27: error: node 'a': 'rules' 'routing.txt' must be a .drl, .xlsx or .csv file inside the flows directory",
                        "flows/t.flow.yaml:8:51: error: node 'a': outcome name 'VIP' must match [a-z][a-z0-9-]*",
                        "flows/t.flow.yaml:8:59: error: node 'a': 'default' is an outcome of the node itself: write it beside 'rules', not under 'outcomes'")),
                Arguments.of("crm: templates and JSON pointers", flow("""
                          a:
                            type: crm
                            connector: crm
                            path: /accounts/${acount}
                            store: {balance: balance}
                            found: b
                          b: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:11:11: error: node 'a': unknown variable 'acount' in 'path' (did you mean 'account'?)",
                        "flows/t.flow.yaml:12:22: error: node 'a': 'store' of 'balance' must be a JSON pointer into the reply, such as /customer/name")),
                Arguments.of("language: neither set nor options, and options naming other languages", flow("""
                          a: {type: language, next: b}
                          b: {type: language, options: {"1": en-US, "2": {language: fr-FR, say: [French]}}, next: c}
                          c: {type: hangup}
                        """), List.of(
                        "flows/t.flow.yaml:8:3: error: node 'a': a language node needs 'set' (a language of the flow) or 'options' (key to language)",
                        "flows/t.flow.yaml:9:3: warning: node 'b': 'options' are offered without a 'prompt': the caller hears nothing",
                        "flows/t.flow.yaml:9:61: error: node 'b': option '2': 'fr-FR' is not a language of the flow (en-US)")),
                Arguments.of("return: an outcome that is not a name", flow("""
                          a: {type: return, outcome: Done!}
                        """), List.of(
                        "flows/t.flow.yaml:8:3: warning: node 'a': no flow here runs 't' as a subflow; run on its own, its 'return' nodes have no caller to go back to",
                        "flows/t.flow.yaml:8:30: error: node 'a': outcome name 'Done!' must match [a-z][a-z0-9-]*")),
                Arguments.of("an empty field", flow("""
                          a:
                            type: hangup
                            prompt:
                        """), List.of("flows/t.flow.yaml:10:12: error: node 'a': 'prompt' is empty")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReportEachNodeProblemWithFileLineColumnAndNode(String description, String flow, List<String> expected) {
        // given a fixture flow; when it is validated
        List<String> problems = ValidationFixture.problems(flow);
        // then exactly these lines are reported
        assertThat(problems).containsExactlyElementsOf(expected);
    }
}
