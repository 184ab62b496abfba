package org.centralita.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionsTest {

    private final Map<String, Object> names = Map.of(
            "balance", new BigDecimal("1500.50"),
            "vip", true,
            "account", "12345678",
            "call", Map.of("ani", "+34911234567", "dnis", "100"));

    @Test
    void shouldEvaluateTheFormatsExamples() throws Exception {
        assertThat(Expressions.parse("balance > 1000 && vip").test(names)).isTrue();
        assertThat(Expressions.parse("call.ani.startsWith(\"+34\")").test(names)).isTrue();
        assertThat(Expressions.parse("size(account) == 8").test(names)).isTrue();
        assertThat(Expressions.parse("balance * 2").evaluate(names)).isEqualTo(new BigDecimal("3001.00"));
    }

    @Test
    void shouldListTheTopLevelNamesAnExpressionReads() throws Exception {
        assertThat(Expressions.parse("balance > 1000 && call.ani.startsWith('+1')").variables())
                .containsExactlyInAnyOrder("balance", "call");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "new('java.io.File', '/etc/passwd')",
        "x = 1",
        "while (true) { 1 }",
        "var x = 1",
        "(x) -> x",
    })
    void shouldRefuseWhatCouldActInsteadOfCompute(String source) {
        assertThatThrownBy(() -> Expressions.parse(source)).isInstanceOf(ExpressionException.class);
    }

    @Test
    void shouldNotReachClassesThroughReflection() throws Exception {
        Expression sneaky = Expressions.parse("account.getClass().forName('java.lang.Runtime')");

        assertThatThrownBy(() -> sneaky.evaluate(names)).isInstanceOf(ExpressionException.class);
    }

    @Test
    void shouldFailClearlyOnAnUnknownName() throws Exception {
        assertThatThrownBy(() -> Expressions.parse("balanse > 3").evaluate(names))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("balanse");
    }

    @Test
    void shouldReportTheColumnOfAParseError() {
        assertThatThrownBy(() -> Expressions.parse("balance > > 3"))
                .isInstanceOf(ExpressionException.class)
                .satisfies(e -> assertThat(((ExpressionException) e).column()).isGreaterThan(1));
    }

    @Test
    void shouldFillTemplatesAndKeepLiteralDollars() throws Exception {
        Template template = Template.parse("Your balance is ${balance}. Cost: $${none}");

        assertThat(template.render(names)).isEqualTo("Your balance is 1500.5. Cost: ${none}");
        assertThat(template.variables()).containsExactly("balance");
        assertThat(Template.parse("plain").isConstant()).isTrue();
    }

    @Test
    void shouldPointAtTheBrokenPartOfATemplate() {
        assertThatThrownBy(() -> Template.parse("Hi ${name"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("no closing '}'");
    }
}
