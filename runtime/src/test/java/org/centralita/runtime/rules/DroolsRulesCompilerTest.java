package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import org.centralita.flows.rules.RuleFailure;
import org.centralita.flows.rules.RuleInput;
import org.centralita.flows.rules.RuleOutcome;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RuleSet;
import org.centralita.flows.rules.RulesCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroolsRulesCompilerTest {

    static final String VIP_RULES = """
            package bank.routing
            import org.centralita.rules.Flow;
            import org.centralita.rules.Decision;

            rule "Customers with a large balance are VIP"
                salience 10
            when
                Flow( number("balance") >= 50000 )
                $d : Decision()
            then
                $d.outcome("vip");
            end
            """;

    private final DroolsRulesCompiler compiler = new DroolsRulesCompiler();

    @Test
    void shouldChooseVipForALargeBalanceAsTheFormatsExampleSays() throws Exception {
        // given
        RuleSet rules = build(VIP_RULES);

        // when
        RuleOutcome rich = rules.decide(input(Map.of("balance", new BigDecimal("60000"))));
        RuleOutcome poor = rules.decide(input(Map.of("balance", new BigDecimal("100"))));

        // then
        assertThat(rich.outcome()).isEqualTo("vip");
        assertThat(rich.fired()).containsExactly("Customers with a large balance are VIP");
        assertThat(poor.outcome()).isNull();
        assertThat(poor.fired()).isEmpty();
    }

    @Test
    void shouldTakeTheOutcomeOfTheRuleWithTheHighestSalience() throws Exception {
        // given two rules that both match
        RuleSet rules = build("""
                package t
                import org.centralita.rules.*;
                rule "silver" salience 10 when Flow( number("balance") > 100 ) $d : Decision() then $d.outcome("silver"); end
                rule "gold" salience 20 when Flow( number("balance") > 1000 ) $d : Decision() then $d.outcome("gold"); end
                """);

        // when
        RuleOutcome outcome = rules.decide(input(Map.of("balance", 5000)));

        // then the first outcome set wins
        assertThat(outcome.outcome()).isEqualTo("gold");
        assertThat(outcome.fired()).containsExactly("gold", "silver");
    }

    @Test
    void shouldCollectAssignmentsInOrderAndReadTheCallAndFlags() throws Exception {
        // given
        RuleSet rules = build("""
                package t
                import org.centralita.rules.Call;
                import org.centralita.rules.Flow;
                import org.centralita.rules.Decision;
                rule "Spanish VIPs go to the gold queue"
                when
                    Call( ani str[startsWith] "+34", now.getHour() >= 0 )
                    Flow( flag("vip"), has("account"), text("account") == "42" )
                    $d : Decision()
                then
                    $d.set("queue", "gold");
                    $d.set("priority", 5);
                    $d.set("queue", "platinum");
                end
                rule "Calls from Spain are noted" when Call( ani.startsWith("+34") ) $d : Decision() then $d.set("country", "ES"); end
                """);

        // when
        RuleOutcome outcome = rules.decide(input(Map.of("vip", true, "account", "42")));

        // then
        assertThat(outcome.assignments()).containsExactly(
                Map.entry("queue", "platinum"), Map.entry("priority", 5), Map.entry("country", "ES"));
        assertThat(outcome.outcome()).isNull();
    }

    @Test
    void shouldBuildTheSameRuleTextOnceAndShareTheRuleSet(@TempDir Path dir) throws Exception {
        // given a rule file, and a second compiler (as validate then compile use)
        Path file = Files.writeString(dir.resolve("vip.drl"), VIP_RULES + "// built once\n");

        // when the file is compiled twice
        RulesCompiler.Result first = compiler.compile(file);
        RulesCompiler.Result second = new DroolsRulesCompiler().compile(file);

        // then the second compile gives the rule set the first built, and it still decides
        assertThat(second.rules()).isSameAs(first.rules());
        assertThat(second.rules().decide(input(Map.of("balance", new BigDecimal("60000")))).outcome()).isEqualTo("vip");
    }

    @Test
    void shouldBuildAgainWhenTheRuleTextChanged(@TempDir Path dir) throws Exception {
        // given a rule file compiled once
        Path file = Files.writeString(dir.resolve("vip.drl"), VIP_RULES + "// first\n");
        RuleSet before = compiler.compile(file).rules();

        // when its text changes
        Files.writeString(file, VIP_RULES.replace("50000", "70000") + "// second\n");
        RuleSet after = compiler.compile(file).rules();

        // then the new text is built
        assertThat(after).isNotSameAs(before);
        assertThat(after.decide(input(Map.of("balance", new BigDecimal("60000")))).outcome()).isNull();
    }

    @Test
    void shouldNotMatchAVariableThatIsNotSet() throws Exception {
        RuleOutcome outcome = build(VIP_RULES).decide(input(Map.of()));

        assertThat(outcome.outcome()).isNull();
    }

    @Test
    void shouldFailTheDecisionWhenARuleThrows() throws Exception {
        // given
        RuleSet rules = build("""
                package t
                import org.centralita.rules.Decision;
                rule "Broken rule" when $d : Decision() then throw new IllegalStateException("no tariff"); end
                """);

        // then
        assertThatThrownBy(() -> rules.decide(input(Map.of())))
                .isInstanceOf(RuleFailure.class)
                .hasMessageContaining("rule 'Broken rule' failed")
                .hasMessageContaining("no tariff");
    }

    @Test
    void shouldNotQuoteAVariableThatIsNotANumberInTheFailure() throws Exception {
        // given a rule reading the PIN as a number, and a PIN that is not one
        RuleSet rules = build("""
                package t
                import org.centralita.rules.*;
                rule "PIN check" when Flow( number("pin") > 0 ) $d : Decision() then $d.outcome("ok"); end
                """);

        // then the failure, down to its root cause, names the variable, never its value
        assertThatThrownBy(() -> rules.decide(input(Map.of("pin", "12a4"))))
                .isInstanceOf(RuleFailure.class)
                .hasStackTraceContaining("variable 'pin' is not a number")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("12a4");
                    }
                });
    }

    @Test
    void shouldReportASyntaxErrorAtItsLineAndColumn() {
        // when
        RulesCompiler.Result result = compiler.compile("""
                package t
                import org.centralita.rules.Flow;

                rule "Broken comparison"
                when
                    Flow( number("balance") >>= 3 )
                then
                end
                """);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(DroolsRulesCompilerTest::describe)
                .containsExactly("6:30 no viable alternative at input '>=' in rule \"Broken comparison\"");
    }

    @Test
    void shouldReportAConsequenceCallingAnUnknownMethodAtItsLineWithASuggestion() {
        // when
        RulesCompiler.Result result = compiler.compile("""
                package t
                import org.centralita.rules.Decision;
                rule "Typo" when $d : Decision() then $d.outcom("x"); end
                """);

        // then
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("method 'outcom' is not allowed in rules (did you mean 'outcome'?):"
                    + " see docs/rules.md for the methods rules may call");
        });
    }

    @Test
    void shouldReportAConsequenceThatDoesNotCompileAtItsRule() {
        // when an allowed method is called with the wrong arguments
        RulesCompiler.Result result = compiler.compile("""
                package t
                import org.centralita.rules.Decision;
                rule "Typo" when $d : Decision() then $d.outcome(1, 2); end
                """);

        // then Drools' own compile error is reported at the rule
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("outcome(String) in the type Decision is not applicable");
        });
    }

    @Test
    void shouldReadRuleFilesAndRefuseDecisionTables(@TempDir Path dir) throws Exception {
        // given
        Path drl = Files.writeString(dir.resolve("vip.drl"), VIP_RULES);
        Path table = Files.writeString(dir.resolve("vip.csv"), "RuleSet,bank\n");

        // then
        assertThat(compiler.compile(drl).ok()).isTrue();
        assertThat(compiler.compile(table).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("decision tables (.xlsx, .csv) are not supported yet"));
    }

    RuleSet build(String drl) {
        RulesCompiler.Result result = compiler.compile(drl);
        assertThat(result.problems()).as("problems building the rules").isEmpty();
        return result.rules();
    }

    static RuleInput input(Map<String, Object> variables) {
        return new RuleInput("call-1", "+34600111222", "900100200", "es-ES", ZonedDateTime.now(), variables);
    }

    static String describe(RuleProblem problem) {
        return problem.line() + ":" + problem.column() + " " + problem.message();
    }
}
