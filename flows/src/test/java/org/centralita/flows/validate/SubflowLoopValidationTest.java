package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.flows.model.FlowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subflows calling each other back, and loops that spin through a subflow, found as in one flow. */
class SubflowLoopValidationTest {

    private static final String CALLS_B = """
            centralita: 1
            id: a
            start: ask
            nodes:
              ask: {type: input, prompt: Your number., store: n, next: call-b, max-retries: bye}
              call-b: {type: subflow, flow: b, next: bye}
              bye: {type: hangup}
            variables:
              n: {type: digits}
            """;
    private static final String CALLS_A = """
            centralita: 1
            id: b
            start: call-a
            nodes:
              call-a: {type: subflow, flow: a, next: done}
              done: {type: return, outcome: ok}
            """;

    @TempDir
    Path flows;

    /** The problems of validating the one file {@code file} of the directory, names relative to it. */
    private List<String> validateOne(String file) {
        String prefix = flows + "/";
        return new Validator().validate(FlowSet.load(List.of(flows.resolve(file))), ValidationOptions.defaults())
                .lines().stream().map(line -> line.replace(prefix, "")).toList();
    }

    @Test
    void shouldRefuseSubflowsCallingEachOtherBackWhenOneFileIsValidated() throws IOException {
        // given a calls b, which calls a back
        ValidationFixture.write(flows, Map.of("a.flow.yaml", CALLS_B, "b.flow.yaml", CALLS_A));

        // when only a's file is validated
        List<String> problems = validateOne("a.flow.yaml");

        // then the cycle is named
        assertThat(problems).anyMatch(line -> line.startsWith("a.flow.yaml:6:33: error: node 'call-b': ")
                && line.endsWith("flow 'a' calls itself through subflows: a -> b -> a"));
    }

    @Test
    void shouldFindALoopThatSpinsThroughASubflowWhoseOnlyInputIsOnABranchNotTaken() throws IOException {
        // given a loops through b, and b can return without waiting (its input is on one branch only)
        ValidationFixture.write(flows, Map.of("a.flow.yaml", """
                centralita: 1
                id: a
                start: check
                nodes:
                  check:
                    type: decision
                    branches:
                      - {when: 'call.ani == "1"', next: bye}
                    else: call-b
                  call-b: {type: subflow, flow: b, next: check}
                  bye: {type: hangup}
                """, "b.flow.yaml", """
                centralita: 1
                id: b
                start: route
                nodes:
                  route:
                    type: decision
                    branches:
                      - {when: 'call.ani == "2"', next: ask}
                    else: done
                  ask: {type: input, prompt: Your number., next: done, max-retries: done}
                  done: {type: return, outcome: ok}
                """));

        // when both are validated
        List<String> problems = ValidationFixture.problems(flows, ValidationOptions.defaults());

        // then the loop through the subflow node is an error, as a loop within one flow is
        assertThat(problems).contains("a.flow.yaml:5:3: error: node 'check': this loop can run forever without"
                + " waiting for the caller: check -> call-b -> check");
    }

    @Test
    void shouldStillTakeASubflowThatAlwaysAsksTheCallerAsAWait() throws IOException {
        // given a loops through b, whose every way to its return asks the caller
        ValidationFixture.write(flows, Map.of("a.flow.yaml", """
                centralita: 1
                id: a
                start: call-b
                nodes:
                  call-b: {type: subflow, flow: b, next: call-b}
                """, "b.flow.yaml", """
                centralita: 1
                id: b
                start: ask
                nodes:
                  ask: {type: input, prompt: Your number., next: done, max-retries: done}
                  done: {type: return, outcome: ok}
                """));

        // when both are validated; then the loop is a retry, not an error
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults()))
                .noneMatch(line -> line.contains("loop"));
    }

    @Test
    void shouldReportTheSpinningLoopOfASubflowBesideWhenOnlyTheCallerIsValidated() throws IOException {
        // given a calls b, which loops without ever waiting
        ValidationFixture.write(flows, Map.of("a.flow.yaml", CALLS_B, "b.flow.yaml", """
                centralita: 1
                id: b
                start: one
                nodes:
                  one: {type: set, assign: {k: k + 1}, next: two}
                  two: {type: set, assign: {k: k + 1}, next: one}
                  done: {type: return, outcome: ok}
                variables:
                  k: {type: number, default: 0}
                """));

        // when only a's file is validated
        List<String> problems = validateOne("a.flow.yaml");

        // then b's loop is reported where it is written
        assertThat(problems).contains("b.flow.yaml:5:3: error: node 'one': this loop can run forever without"
                + " waiting for the caller: one -> two -> one");
    }
}
