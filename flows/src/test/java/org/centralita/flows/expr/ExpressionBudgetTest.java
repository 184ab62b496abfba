package org.centralita.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exploits of issue 10 against expressions: a backtracking regular expression, methods that
 * work without bound in one call, an evaluation longer than its budget, an overlong expression.
 */
class ExpressionBudgetTest {

    private static final String BACKTRACKING = "'" + "a".repeat(40) + "!' =~ '(.*a){20}$'";

    private final Map<String, Object> names = Map.of("account", "12345678", "balance", new BigDecimal("1500.50"));

    @Test
    @Timeout(10)
    void shouldMatchACatastrophicBacktrackingRegexInLinearTime() throws Exception {
        // given the exploit, a constant that parsing evaluates once (as validate and publish do)
        Expression exploit = Expressions.parse(BACKTRACKING);

        // when / then it is decided, not spun on
        assertThat(exploit.evaluate(Map.of())).isEqualTo(false);
        assertThat(Expressions.parse("'" + "a".repeat(40) + "' =~ '(.*a){20}$'").evaluate(Map.of())).isEqualTo(true);
    }

    @Test
    @Timeout(10)
    void shouldMatchWithTheLinearRegexWhenTheMatchesMethodIsCalled() throws Exception {
        // JEXL hands x.matches(y) to its arithmetic's match, which is the linear one
        Expression exploit = Expressions.parse("text.matches('(.*a){20}$')");

        assertThat(exploit.evaluate(Map.of("text", "a".repeat(40) + "!"))).isEqualTo(false);
    }

    @Test
    void shouldKeepTheWholeTextMatchOfEqualsTilde() throws Exception {
        assertThat(Expressions.parse("account =~ '[0-9]{8}'").test(names)).isTrue();
        assertThat(Expressions.parse("account =~ '[0-9]{4}'").test(names)).isFalse();
        assertThat(Expressions.parse("account !~ '9.*'").test(names)).isTrue();
        assertThat(Expressions.parse("account =~ ~/1.*8/").test(names)).isTrue();
        assertThat(Expressions.parse("account =~ ['12345678', '1']").test(names)).isTrue();
    }

    @Test
    void shouldNameABrokenRegularExpression() throws Exception {
        Expression broken = Expressions.parse("account =~ '(['");

        assertThatThrownBy(() -> broken.evaluate(names)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("'(['").hasMessageContaining("not a regular expression");
    }

    @Test
    @Timeout(20)
    void shouldStopAMatchThatRunsPastItsBudget() throws Exception {
        // given a text as long as a hostile CRM reply could hand a call, and a tiny budget
        Expression match = Expressions.parse("text =~ '(a|aa)*b'");
        Map<String, Object> huge = Map.of("text", "a".repeat(20_000_000));

        // when / then the match is stopped and said to be over budget
        assertThatThrownBy(() -> match.evaluateWithJexl(huge, Duration.ofMillis(1)))
                .isInstanceOf(ExpressionBudgetExceeded.class)
                .hasMessageContaining("took longer than its budget of 1 ms");
    }

    @Test
    void shouldRefuseAtParseAConstantThatRunsOutOfItsBudget() {
        // given a constant expression, which validate and publish evaluate once, and a spent budget
        String constant = "'" + "a".repeat(1000) + "' =~ '(a|aa)*b'";

        // when / then parsing fails as for any fault, so the validator reports it at the expression
        assertThatThrownBy(() -> Expressions.parse(constant, Duration.ZERO))
                .isExactlyInstanceOf(ExpressionException.class)
                .hasMessageContaining("took longer than its budget of 0 ms");
    }

    @Test
    void shouldNotStopAnEvaluationWithinItsBudget() throws Exception {
        Expression match = Expressions.parse("text =~ '(a|aa)*b'");

        assertThat(match.evaluateWithJexl(Map.of("text", "aab"), Duration.ofSeconds(5))).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "account.replaceAll('(.*a){20}$', '')",
        "account.split('(.*a){20}$')",
        "account.repeat(2000000000)",
        "account.replace('', account)",
        "'%0999999999d'.formatted(1)",
        "(~/(.*a){20}$/).matcher(account).matches()",
        "balance.pow(999999999)",
        "balance.setScale(999999999)",
        "(1..2000000000).toArray()",
    })
    @Timeout(10)
    void shouldRefuseMethodsThatCanWorkWithoutBoundInOneCall(String source) throws Exception {
        Expression expression = Expressions.parse(source);

        assertThatThrownBy(() -> expression.evaluate(names)).isInstanceOf(ExpressionException.class);
    }

    @Test
    void shouldRefuseAnOverlongExpression() {
        String overlong = "1" + " + 1".repeat(Expressions.MAX_LENGTH / 4);

        assertThatThrownBy(() -> Expressions.parse(overlong)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("at most " + Expressions.MAX_LENGTH);
    }

    @Test
    @Timeout(10)
    void shouldDisplayANumberWithAHugeExponentWithoutWritingItOut() {
        assertThat(Template.display(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
        assertThat(Template.display(new BigDecimal("1E-999999999"))).isEqualTo("1E-999999999");
        assertThat(Template.display(new BigDecimal("1.50E+3"))).isEqualTo("1500");
        assertThat(Template.display(new BigDecimal("0.250"))).isEqualTo("0.25");
    }

    @Test
    void shouldComputeWithLongLiterals() throws Exception {
        assertThat(Expressions.parse("4000000000000L").evaluate(Map.of())).isEqualTo(4_000_000_000_000L);
        assertThat(Expressions.parse("balance < 4000000000000L").test(names)).isTrue();
        assertThat(Expressions.parse("balance + 4000000000000L").evaluate(names))
                .isEqualTo(new BigDecimal("4000000001500.50"));
        assertThat(Expressions.parse("-4000000000000L * 2").evaluate(Map.of())).isEqualTo(-8_000_000_000_000L);
    }
}
