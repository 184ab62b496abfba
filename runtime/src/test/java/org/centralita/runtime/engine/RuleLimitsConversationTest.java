package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.say;

import java.time.Duration;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.RulesNode;
import org.centralita.flows.rules.RuleSet;
import org.centralita.runtime.rules.UncheckedRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A call whose rules run on, recurse or exhaust memory (code built past the sandbox on purpose)
 * takes the rules node's error path within the time limit: the caller hears the apology, the
 * trace records the error at the node, and the call ends.
 */
class RuleLimitsConversationTest {

    private static ExecutableFlow flow(RuleSet rules) {
        return TestFlows.flow("rules")
                .node(new RulesNode("decide", "hostile.drl", rules, Map.of("vip", "gold"), "standard", "sorry"))
                .node(new HangupNode("gold", say("Gold."), null))
                .node(new HangupNode("standard", say("Standard."), null))
                .node(new HangupNode("sorry", say("Sorry, please call again."), null))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "while (true) { $d.hashCode(); }",
            "$d.set(\"depth\", down(1));",
            "long[] all = new long[Integer.MAX_VALUE - 8]; $d.set(\"size\", all.length);"})
    void shouldTakeTheErrorPathWhenTheRulesCannotEnd(String consequence) {
        // given
        RuleSet rules = UncheckedRules.build("""
                package t
                import org.centralita.rules.Decision;
                function int down(int n) { return down(n + 1) + 1; }
                rule "hostile" when $d : Decision() then %s end
                """.formatted(consequence), Duration.ofMillis(300));

        // when
        var call = Conversation.call(flow(rules)).run();

        // then
        assertThat(call.events("error")).singleElement().satisfies(error -> {
            assertThat(error.node()).isEqualTo("decide");
            assertThat((String) error.get("message")).contains("rules 'hostile.drl' failed");
        });
        assertThat(call.prompts()).containsExactly("Sorry, please call again.");
        assertThat(call.last().event()).isEqualTo("end");
    }
}
