package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.flows.yaml.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What flows name outside themselves: calendars, rule files, connectors, other flows. */
class ReferenceValidationTest {

    @TempDir
    Path flows;

    private static final String HOURS = """
            centralita: 1
            id: main
            start: hours
            nodes:
              hours: {type: hours, calendar: %s, open: bye, closed: bye}
              bye: {type: hangup}
            """;

    @Test
    void shouldReportACalendarWithoutItsFile() throws IOException {
        // given a flow naming a calendar that has no file beside it
        ValidationFixture.write(flows, Map.of("main.flow.yaml", HOURS.formatted("office")));
        // when validated; then the missing file is named
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults())).containsExactly(
                "main.flow.yaml:5:34: error: node 'hours': calendar 'office' does not exist (no file calendars/office.yaml)");
    }

    @Test
    void shouldReportTheCalendarFileOwnProblemsOnce() throws IOException {
        // given two flows using one calendar, and a calendar check that finds a problem in it
        ValidationFixture.write(flows, Map.of("main.flow.yaml", HOURS.formatted("office"),
                "other.flow.yaml", HOURS.formatted("office").replace("id: main", "id: other"),
                "calendars/office.yaml", "timezone: Mars/Olympus\n"));
        CalendarCheck check = file -> List.of(Problem.error(new SourcePosition("calendars/office.yaml", 1, 11), null,
                "unknown time zone 'Mars/Olympus'"));
        // when validated; then the calendar's problem is reported once
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults().withCalendarCheck(check)))
                .containsExactly("calendars/office.yaml:1:11: error: unknown time zone 'Mars/Olympus'");
    }

    @Test
    void shouldReportAConnectorTheRuntimeDoesNotHave() throws IOException {
        // given a flow using connector 'crn' and a runtime with 'crm'
        ValidationFixture.write(flows, Map.of("main.flow.yaml", """
                centralita: 1
                id: main
                start: look
                nodes:
                  look: {type: crm, connector: crn, path: /x, found: bye}
                  bye: {type: hangup}
                """));
        // when validated with the runtime's connectors; then the typo is suggested
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults().withConnectors(Set.of("crm"))))
                .containsExactly("main.flow.yaml:5:32: error: node 'look': connector 'crn' is not in the runtime's"
                        + " configuration (did you mean 'crm'?)");
    }

    private static final String RULES = """
            centralita: 1
            id: main
            start: route
            nodes:
              route: {type: rules, rules: rules/routing.drl, outcomes: {vip: bye}, default: bye}
              bye: {type: hangup}
            """;

    @Test
    void shouldReportAMissingRulesFile() throws IOException {
        // given a rules node whose file is missing
        ValidationFixture.write(flows, Map.of("main.flow.yaml", RULES));
        // when validated; then one line names the file
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults())).containsExactly(
                "main.flow.yaml:5:31: error: node 'route': rules file 'rules/routing.drl' does not exist (no file rules/routing.drl)");
    }

    @Test
    void shouldReportRuleCompileErrorsAtTheRuleFileLine() throws IOException {
        // given a rule file that the compiler refuses
        ValidationFixture.write(flows, Map.of("main.flow.yaml", RULES, "rules/routing.drl", "rule broken\n"));
        RulesCompiler compiler = file -> new RulesCompiler.Result(null,
                List.of(new RuleProblem(1, 6, "mismatched input 'broken'")));
        // when validated with the compiler; then the problem is at the rule file's line and column
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults().withRulesCompiler(compiler)))
                .containsExactly("rules/routing.drl:1:6: error: node 'route': mismatched input 'broken'");
    }

    private static final String SUB = """
            centralita: 1
            id: identify
            start: ask
            variables:
              account: {type: digits}
            nodes:
              ask: {type: play, prompt: Hello., next: ok}
              ok: {type: return, outcome: identified}
              no: {type: return, outcome: failed}
            """;

    @Test
    void shouldCheckASubflowCallAgainstTheFlowItRuns() throws IOException {
        // given a caller that misnames a returned outcome and variables, and leaves one outcome unmapped
        ValidationFixture.write(flows, Map.of("identify.flow.yaml", SUB, "main.flow.yaml", """
                centralita: 1
                id: main
                start: who
                variables:
                  acct: {type: digits}
                nodes:
                  who:
                    type: subflow
                    flow: identify
                    inputs: {acount: acct}
                    outputs: {acct: acount}
                    outcomes: {identifed: bye}
                  bye: {type: hangup}
                """));
        // when validated; then each mismatch is reported
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults())).containsExactly(
                "identify.flow.yaml:9:3: warning: node 'no': no path from 'start' reaches this node",
                "main.flow.yaml:7:3: error: node 'who': returned outcome 'identified' of flow 'identify' goes nowhere:"
                        + " map it under 'outcomes' or give 'next'",
                "main.flow.yaml:7:3: error: node 'who': returned outcome 'failed' of flow 'identify' goes nowhere:"
                        + " map it under 'outcomes' or give 'next'",
                "main.flow.yaml:10:14: error: node 'who': flow 'identify' has no variable 'acount' (did you mean 'account'?)",
                "main.flow.yaml:11:21: error: node 'who': flow 'identify' has no variable 'acount' (did you mean 'account'?)",
                "main.flow.yaml:12:16: error: node 'who': flow 'identify' never returns 'identifed' (did you mean 'identified'?)");
    }

    @Test
    void shouldReportSubflowsThatDoNotExistOrCannotReturn() throws IOException {
        // given a call to a missing flow, and one to a flow with no return node
        ValidationFixture.write(flows, Map.of("plain.flow.yaml", """
                centralita: 1
                id: plain
                start: bye
                nodes:
                  bye: {type: hangup}
                """, "main.flow.yaml", """
                centralita: 1
                id: main
                start: one
                nodes:
                  one: {type: subflow, flow: identfy, next: two}
                  two: {type: subflow, flow: plain, next: bye}
                  bye: {type: hangup}
                """));
        // when validated; then both are reported
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults())).containsExactly(
                "main.flow.yaml:5:30: error: node 'one': unknown flow 'identfy'",
                "main.flow.yaml:6:30: error: node 'two': flow 'plain' has no 'return' node, so it cannot run as a subflow");
    }

    @Test
    void shouldReportSubflowsThatCallThemselvesDirectlyOrThroughOthers() throws IOException {
        // given a flow that calls itself, and two flows that call each other
        String looping = """
                centralita: 1
                id: %s
                start: call
                nodes:
                  call: {type: subflow, flow: %s, next: done}
                  done: {type: return, outcome: done}
                """;
        ValidationFixture.write(flows, Map.of("self.flow.yaml", looping.formatted("self", "self"),
                "ping.flow.yaml", looping.formatted("ping", "pong"), "pong.flow.yaml", looping.formatted("pong", "ping")));
        // when validated; then each loop is reported once, with its path
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults())).containsExactly(
                "ping.flow.yaml:5:31: error: node 'call': flow 'ping' calls itself through subflows: ping -> pong -> ping",
                "self.flow.yaml:5:31: error: node 'call': flow 'self' calls itself through subflows: self -> self");
    }

    @Test
    void shouldFindASubflowBesideAFlowValidatedAlone() throws IOException {
        // given a caller validated on its own, its subflow in the same directory
        ValidationFixture.write(flows, Map.of("identify.flow.yaml", SUB, "main.flow.yaml", """
                centralita: 1
                id: main
                start: who
                nodes:
                  who: {type: subflow, flow: identify, next: bye}
                  bye: {type: hangup}
                """));
        // when only the caller is validated; then the subflow is found
        assertThat(new Validator().validate(org.centralita.flows.model.FlowSet.load(
                List.of(flows.resolve("main.flow.yaml")))).lines()).isEmpty();
    }
}
