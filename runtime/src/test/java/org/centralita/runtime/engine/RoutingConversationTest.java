package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.expr;
import static org.centralita.runtime.engine.TestFlows.say;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.centralita.flows.calendar.BusinessCalendar;
import org.centralita.flows.calendar.CalendarState;
import org.centralita.flows.executable.DecisionNode;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.HoursNode;
import org.centralita.flows.executable.RulesNode;
import org.centralita.flows.executable.SetNode;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleOutcome;
import org.centralita.flows.rules.RuleSet;
import org.junit.jupiter.api.Test;

class RoutingConversationTest {

    /** Open on weekdays; Christmas day a holiday. */
    private static final BusinessCalendar WEEKDAYS = new BusinessCalendar() {
        public String id() {
            return "office";
        }

        public CalendarState stateAt(Instant instant) {
            var date = instant.atZone(ZoneOffset.UTC).toLocalDate();
            if (date.getMonthValue() == 12 && date.getDayOfMonth() == 25) {
                return CalendarState.HOLIDAY;
            }
            return date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? CalendarState.CLOSED : CalendarState.OPEN;
        }
    };

    private static ExecutableFlow hoursFlow(String holiday) {
        return TestFlows.flow("hours")
                .node(new HoursNode("check", "office", WEEKDAYS, "open", "closed", holiday, null))
                .node(new HangupNode("open", say("We are open."), null))
                .node(new HangupNode("closed", say("We are closed."), null))
                .node(new HangupNode("holiday", say("Happy holidays."), null))
                .build();
    }

    @Test
    void shouldRouteByTheCalendarAtTheCallsClock() {
        // a Monday, a Saturday, and Christmas day
        assertThat(Conversation.call(hoursFlow("holiday")).at("2026-11-23T10:00:00Z").run().prompts())
                .containsExactly("We are open.");
        assertThat(Conversation.call(hoursFlow("holiday")).at("2026-11-28T10:00:00Z").run().prompts())
                .containsExactly("We are closed.");
        var christmas = Conversation.call(hoursFlow("holiday")).at("2026-12-25T10:00:00Z").run();
        assertThat(christmas.prompts()).containsExactly("Happy holidays.");
        assertThat(christmas.events("hours").get(0).fields()).containsEntry("state", "holiday");
    }

    @Test
    void shouldTakeClosedOnAHolidayWhenTheNodeHasNoHolidayOutcome() {
        var call = Conversation.call(hoursFlow(null)).at("2026-12-25T10:00:00Z").run();

        assertThat(call.prompts()).containsExactly("We are closed.");
    }

    private final ExecutableFlow vipFlow = TestFlows.flow("route").variable("balance", "number").variable("vip", "boolean")
            .node(new SetNode("compute", Map.of("vip", expr("balance > 1000")), "route", null))
            .node(new DecisionNode("route", List.of(new DecisionNode.Branch(expr("vip"), "gold"),
                    new DecisionNode.Branch(expr("call.ani.startsWith('+34')"), "spain")), "standard", null))
            .node(new HangupNode("gold", say("Gold."), null))
            .node(new HangupNode("spain", say("Hola."), null))
            .node(new HangupNode("standard", say("Standard."), null))
            .build();

    @Test
    void shouldAssignAndTakeTheFirstBranchThatHolds() {
        // given a balance over 1000
        var call = Conversation.call(vipFlow).preset("balance", "5000").run();

        // then vip is assigned and the first branch taken
        assertThat(call.events("assign")).extracting(e -> e.get("variable") + "=" + e.get("value"))
                .containsExactly("balance=5000", "vip=true");
        assertThat(call.prompts()).containsExactly("Gold.");
    }

    @Test
    void shouldReadCallDataAndFallToElse() {
        assertThat(Conversation.call(vipFlow).preset("balance", "10").from("+34911222333").run().prompts())
                .containsExactly("Hola.");
        assertThat(Conversation.call(vipFlow).preset("balance", "10").from("+44207").run().prompts())
                .containsExactly("Standard.");
    }

    private static ExecutableFlow rulesFlow(RuleSet rules) {
        return TestFlows.flow("rules").variable("queue", "text")
                .node(new RulesNode("decide", "routing.drl", rules, Map.of("vip", "gold"), "standard", "sorry"))
                .node(new HangupNode("gold", say("Gold ${queue}."), null))
                .node(new HangupNode("standard", say("Standard."), null))
                .node(new HangupNode("sorry", say("Sorry."), null))
                .build();
    }

    @Test
    void shouldTakeTheOutcomeTheRulesChooseAndApplyTheirAssignments() {
        RuleSet rules = input -> new RuleOutcome("vip", Map.of("queue", "private"), List.of("Large balance is VIP"));

        var call = Conversation.call(rulesFlow(rules)).run();

        assertThat(call.events("rules").get(0).fields()).containsEntry("outcome", "vip")
                .containsEntry("fired", List.of("Large balance is VIP"));
        assertThat(call.prompts()).containsExactly("Gold private.");
    }

    @Test
    void shouldTakeDefaultWhenNoRuleChoosesAndTheErrorOutcomeWhenARuleThrows() {
        RuleSet silent = input -> new RuleOutcome(null, Map.of(), List.of());
        RuleSet throwing = input -> {
            throw new RuleFailure("division by zero", null);
        };

        var quiet = Conversation.call(rulesFlow(silent)).run();
        assertThat(quiet.events("rules").get(0).fields()).containsEntry("outcome", "default");
        assertThat(quiet.prompts()).containsExactly("Standard.");
        var failed = Conversation.call(rulesFlow(throwing)).run();
        assertThat(failed.events("error").get(0).node()).isEqualTo("decide");
        assertThat(failed.prompts()).containsExactly("Sorry.");
    }

    @Test
    void shouldMaskASensitiveValueThatARuleFailurePutInItsMessage() {
        // given a secret PIN, and rules whose failure message quotes it
        ExecutableFlow flow = TestFlows.flow("rules").secret("pin", "digits")
                .node(new RulesNode("decide", "routing.drl", input -> {
                    throw new RuleFailure("rule 'check' failed: IllegalStateException: wrong pin "
                            + input.variables().get("pin"), null);
                }, Map.of(), "standard", "sorry"))
                .node(new HangupNode("standard", say("Standard."), null))
                .node(new HangupNode("sorry", say("Sorry."), null))
                .build();

        // when
        var call = Conversation.call(flow).preset("pin", "4321").run();

        // then the trace's error names the failure but not the PIN
        assertThat((String) call.events("error").get(0).get("message"))
                .contains("wrong pin ***").doesNotContain("4321");
    }
}
