package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ReturnNode;
import org.centralita.flows.executable.RulesNode;
import org.centralita.flows.executable.SubflowNode;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleInput;
import org.centralita.flows.rules.RuleOutcome;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RuleSet;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCompilerLinkTest {

    private static final RuleInput INPUT = new RuleInput("c1", "+34600", "900", "en-US", ZonedDateTime.now(), Map.of());

    @TempDir
    Path dir;

    @Test
    void shouldLinkSubflowsTransitively() {
        // given main calls auth, which calls pin-check
        FlowFixture fixture = new FlowFixture(dir)
                .flow("main", """
                        start: auth-step
                        nodes:
                          auth-step:
                            type: subflow
                            flow: auth
                            inputs: {account: account}
                            outputs: {vip: ok}
                            outcomes: {passed: done}
                            next: done
                          done: {type: hangup}
                        """)
                .flow("auth", """
                        start: check
                        nodes:
                          check: {type: subflow, flow: pin-check, next: passed}
                          passed: {type: return, outcome: passed}
                        """)
                .flow("pin-check", """
                        start: back
                        nodes:
                          back: {type: return, outcome: ok}
                        """);

        // when
        CompileResult result = fixture.compile();

        // then
        assertThat(result.problems()).isEmpty();
        ExecutableFlow main = result.flow("main").orElseThrow();
        assertThat(main.subflows()).containsOnlyKeys("auth", "pin-check");
        assertThat(main.subflow("auth").orElseThrow().subflows()).containsOnlyKeys("pin-check");
        assertThat(main.subflow("auth")).containsSame(result.flows().get("auth"));
        SubflowNode call = (SubflowNode) main.node("auth-step");
        assertThat(call.inputs()).containsOnlyKeys("account");
        assertThat(call.outputs()).containsEntry("vip", "ok");
        assertThat(call.outcomes()).containsEntry("passed", "done");
        assertThat(((ReturnNode) result.flows().get("pin-check").node("back")).outcome()).isEqualTo("ok");
    }

    @Test
    void shouldReportSubflowsThatCallEachOtherOrDoNotExist() {
        // given
        FlowFixture fixture = new FlowFixture(dir)
                .flow("ping", "start: go\nnodes:\n  go: {type: subflow, flow: pong, next: end}\n  end: {type: hangup}\n")
                .flow("pong", "start: go\nnodes:\n  go: {type: subflow, flow: ping, next: end}\n  end: {type: hangup}\n")
                .flow("lost", "start: go\nnodes:\n  go: {type: subflow, flow: nowhere, next: end}\n  end: {type: hangup}\n");

        // when
        CompileResult result = fixture.compile();

        // then
        assertThat(result.flows()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "calls flow 'nowhere', which is not among the flows compiled",
                "subflows call each other in a cycle: ping -> pong -> ping; a flow cannot call itself, even through other flows");
    }

    @Test
    void shouldReportARuleFileThatDoesNotCompileAtItsOwnLine() {
        // given a rules compiler that finds a fault on line 4 of the file
        FlowFixture fixture = rulesFlow();
        RulesCompiler broken = file -> new RulesCompiler.Result(null, List.of(new RuleProblem(4, 9, "mismatched input 'then'")));

        // when
        CompileResult result = fixture.compile(CompileOptions.defaults().withRulesCompiler(broken));

        // then
        assertThat(result.flows()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                dir.resolve("rules/routing.drl") + ":4:9: error: node 'route': mismatched input 'then'",
                dir.resolve("main.flow.yaml") + ":18:31: error: node 'again': rules file 'rules/routing.drl'"
                        + " does not compile (see its problems)");
    }

    @Test
    void shouldBuildEachRuleFileOnceForAllItsNodes() throws Exception {
        // given
        AtomicInteger builds = new AtomicInteger();
        RuleSet vip = input -> new RuleOutcome("vip", Map.of(), List.of("VIP"));
        RulesCompiler counting = file -> {
            builds.incrementAndGet();
            return new RulesCompiler.Result(vip, List.of());
        };

        // when
        CompileResult result = rulesFlow().compile(CompileOptions.defaults().withRulesCompiler(counting).withVersion("v7"));

        // then
        assertThat(builds).hasValue(1);
        ExecutableFlow flow = result.flow("main").orElseThrow();
        RulesNode route = (RulesNode) flow.node("route");
        assertThat(route.rules()).isSameAs(((RulesNode) flow.node("again")).rules());
        assertThat(route.rules().decide(INPUT).outcome()).isEqualTo("vip");
        assertThat(route.outcomes()).containsEntry("vip", "gold");
        assertThat(route.defaultTarget()).isEqualTo("again");
        assertThat(flow.version()).isEqualTo("v7");
    }

    @Test
    void shouldWarnAndFailAtCallTimeWithoutARulesCompiler() {
        // when
        CompileResult result = rulesFlow().compile();

        // then
        assertThat(result.problems()).hasSize(2).allMatch(p -> p.severity() == Severity.WARNING);
        RulesNode route = (RulesNode) result.flow("main").orElseThrow().node("route");
        assertThatThrownBy(() -> route.rules().decide(INPUT)).isInstanceOf(RuleFailure.class)
                .hasMessageContaining("rules file 'rules/routing.drl' was not compiled");
    }

    @Test
    void shouldTurnAnInvalidFlowIntoProblemsInsteadOfFailing() {
        // given
        FlowFixture fixture = new FlowFixture(dir).flow("main", """
                start: nowhere
                nodes:
                  a: {type: teleport, next: b}
                  b: {type: decision, branches: [{when: "balance >", next: c}], else: missing}
                  c: {type: play, prompt: {say-money: balance}, next: d}
                  d: {type: hours, calendar: absent, open: a, closed: a}
                  e: {type: menu, prompt: hi, options: {"1": {say: one}}, timeout: soon}
                """);

        // when
        CompileResult result = fixture.compile();

        // then
        assertThat(result.flows()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.node() + ": " + p.message().replaceAll(":.*", ""))
                .containsExactly(
                        "a: unknown type 'teleport'",
                        "b: 'balance >' does not parse",
                        "b: outcome 'else' goes to unknown node 'missing'",
                        "c: 'say-money' needs a currency, for example {say-money",
                        "d: calendar 'absent' does not exist (no file " + dir.resolve("calendars/absent.yaml") + ")",
                        "e: option '1' has no 'next'",
                        "e: 'soon' is not a duration (300ms, 5s, 2m, 1h)",
                        "e: missing outcome 'max-retries' (All attempts used up)",
                        "null: 'start' names unknown node 'nowhere'");
    }

    @Test
    void shouldLabelVersionsByContent() {
        // given two compiles of the same file, and one of a changed file
        FlowFixture fixture = new FlowFixture(dir).flow("main", "start: bye\nnodes:\n  bye: {type: hangup}\n");
        String first = fixture.compile().flow("main").orElseThrow().version();
        String again = fixture.compile().flow("main").orElseThrow().version();
        fixture.flow("main", "start: bye\nnodes:\n  bye: {type: hangup, prompt: Goodbye.}\n");

        // when
        String changed = fixture.compile().flow("main").orElseThrow().version();

        // then
        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first).hasSize(12);
    }

    private FlowFixture rulesFlow() {
        return new FlowFixture(dir)
                .file("rules/routing.drl", "package bank.routing\n")
                .flow("main", """
                        start: route
                        nodes:
                          route: {type: rules, rules: rules/routing.drl, outcomes: {vip: gold}, default: again}
                          again: {type: rules, rules: rules/routing.drl, default: gold}
                          gold: {type: hangup}
                        """);
    }
}
