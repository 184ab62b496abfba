package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The runtime's second line of defence, for code that got past the sandbox (built here without
 * it): a decision that runs on, recurses or exhausts memory fails as a RuleFailure within its
 * time limit, and no rules worker is left running the hostile code.
 */
class RuleLimitsTest {

    private static final Duration LIMIT = Duration.ofMillis(300);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an endless loop | 300 | then while (true) { $d.hashCode(); } | the rules took longer than 300 ms and were stopped",
            "endless recursion | 10000 | then $d.set(\"depth\", down(1)); | the rules recursed too deep (StackOverflowError)",
            "memory exhaustion | 10000 | then long[] all = new long[Integer.MAX_VALUE - 8]; $d.set(\"size\", all.length);"
                    + " | the rules ran out of memory",
    })
    void shouldFailTheDecisionWithinItsLimit(String what, long limitMillis, String consequence, String expected) {
        // given rules the sandbox would refuse, built without it
        RuleSet rules = UncheckedRules.build("""
                package t
                import org.centralita.rules.Decision;
                function int down(int n) { return down(n + 1) + 1; }
                rule "hostile" when $d : Decision() %s end
                """.formatted(consequence), Duration.ofMillis(limitMillis));

        // when / then the decision fails, and says why
        assertThatThrownBy(() -> rules.decide(DroolsRulesCompilerTest.input(Map.of())))
                .isInstanceOf(RuleFailure.class).hasMessageContaining(expected);
        // and no rules worker is left running it
        await().atMost(Duration.ofSeconds(10)).until(RuleLimitsTest::noWorkerRunning);
    }

    @Test
    void shouldStopRulesThatKeepReactivatingEachOther() {
        // given two rules that pass the sandbox and wake each other up forever
        RuleSet rules = new DroolsRulesCompiler().compile("""
                package t
                import org.centralita.rules.Decision;
                rule "ping" when $d : Decision() then update($d); end
                """).rules();

        // then the decision stops at the firing limit
        assertThatThrownBy(() -> rules.decide(DroolsRulesCompilerTest.input(Map.of())))
                .isInstanceOf(RuleFailure.class)
                .hasMessageContaining("rules fired more than 10000 times in one decision");
    }

    @Test
    void shouldStillDecideAfterAStoppedDecision() throws Exception {
        // given a decision that had to be stopped
        RuleSet spinning = UncheckedRules.build("""
                package t
                import org.centralita.rules.Decision;
                rule "spin" when $d : Decision() then while (true) { $d.hashCode(); } end
                """, LIMIT);
        assertThatThrownBy(() -> spinning.decide(DroolsRulesCompilerTest.input(Map.of()))).isInstanceOf(RuleFailure.class);

        // when a sound rule set decides next
        RuleSet sound = new DroolsRulesCompiler().compile(DroolsRulesCompilerTest.VIP_RULES).rules();

        // then it decides as usual
        assertThat(sound.decide(DroolsRulesCompilerTest.input(Map.of("balance", 60_000))).outcome()).isEqualTo("vip");
    }

    /** Idle rules workers wait for work; a worker still running hostile code is RUNNABLE. */
    private static boolean noWorkerRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("centralita-rules-") && !t.getName().endsWith("watchdog"))
                .noneMatch(t -> t.getState() == Thread.State.RUNNABLE);
    }
}
