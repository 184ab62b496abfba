package org.centralita.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java shortcuts give exactly what JEXL gives (the same value of the same class and
 * scale, or the same error) for every expression shape they take and every kind of value.
 */
class ShortcutTest {

    private static final List<String> TAKEN = List.of("x", "x + 1", "x+0", "x - 7", "x + 123456789",
            "x.startsWith(\"9\")", "x.startsWith('')", "x.startsWith( \"ab\" )", "x == \"gold\"", "x != 'gold'",
            "x == \"1\"", "x == 3", "x != -2", "x < 10", "x <= 0", "x > -1", "x >= 5", " x == 0 ",
            "\"priority\"", "'retail'", "1", "true", "2 + 3", "'a' + 'b'", "-4");
    private static final List<String> NOT_TAKEN = List.of("x * 2", "x + 1.5", "x.y", "x + y", "size(x)",
            "x == null", "x.startsWith(\"a\\\"b\")", "x =~ ['a']", "[1, 2]", "1 / 0", "x ? 1 : 2");

    private static final List<Object> VALUES = List.of(
            new BigDecimal("0"), new BigDecimal("1"), new BigDecimal("-1"), new BigDecimal("1.50"),
            new BigDecimal("1E+3"), new BigDecimal("3.000"), new BigDecimal("10"), new BigDecimal("-2"),
            new BigDecimal("5"), new BigDecimal("1E-40"), new BigDecimal("99999999999999999999999999999999999"),
            new BigDecimal("123456789.123456789123456789123456789"), new BigDecimal("2.9999999999"),
            "", "9", "912", "gold", "Gold", "1", "1.0", "3", "abc", "ab", " 9",
            3, 7L, 1.5d, true, false);

    @Test
    void shouldGiveWhatJexlGivesForEveryValue() throws Exception {
        int compared = 0;
        for (String source : concat(TAKEN, NOT_TAKEN)) {
            Expression expression = Expressions.parse(source);
            for (Map<String, Object> names : namesFor(VALUES)) {
                assertThat(outcome(() -> expression.evaluate(names)))
                        .as("%s with x = %s", source, describe(names))
                        .isEqualTo(outcome(() -> expression.evaluateWithJexl(names)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void shouldTakeTheCommonShapesAndLeaveTheRestToJexl() throws Exception {
        for (String source : TAKEN) {
            assertThat(Expressions.parse(source).shortcut()).as(source).isNotNull();
        }
        for (String source : NOT_TAKEN) {
            assertThat(Expressions.parse(source).shortcut()).as(source).isNull();
        }
        // and a shortcut answers itself for the values it knows
        Shortcut add = Expressions.parse("rounds + 1").shortcut();
        assertThat(add.evaluate(Map.of("rounds", new BigDecimal("4")))).isEqualTo(new BigDecimal("5"));
        assertThat(add.evaluate(Map.of("rounds", 4))).isSameAs(Shortcut.NOT_TAKEN);
        Shortcut prefix = Expressions.parse("account.startsWith(\"9\")").shortcut();
        assertThat(prefix.evaluate(Map.of("account", "9123"))).isEqualTo(true);
        assertThat(prefix.evaluate(new HashMap<>())).isSameAs(Shortcut.NOT_TAKEN);
    }

    @Test
    void shouldNotTakeAKeywordForAVariable() throws Exception {
        for (String source : List.of("null", "true", "false")) {
            Expression expression = Expressions.parse(source);
            assertThat(outcome(() -> expression.evaluate(Map.of(source, "shadow"))))
                    .isEqualTo(outcome(() -> expression.evaluateWithJexl(Map.of(source, "shadow"))));
        }
    }

    private static List<Map<String, Object>> namesFor(List<Object> values) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object value : values) {
            Map<String, Object> names = new HashMap<>();
            names.put("x", value);
            names.put("y", new BigDecimal("2"));
            all.add(names);
        }
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("x", null);
        all.add(nullValue);
        all.add(new HashMap<>());
        return all;
    }

    /** The value with its class (and a decimal's scale), or the error's message. */
    private static String outcome(Evaluation evaluation) {
        try {
            Object value = evaluation.run();
            String scale = value instanceof BigDecimal d ? " scale " + d.scale() : "";
            String shown = value instanceof Object[] || value instanceof int[]
                    ? java.util.Arrays.deepToString(new Object[] {value}) : Objects.toString(value);
            return "value " + shown + " of " + (value == null ? "null" : value.getClass().getName()) + scale;
        } catch (ExpressionException e) {
            return "error " + e.getMessage();
        }
    }

    private static String describe(Map<String, Object> names) {
        Object x = names.get("x");
        return names.containsKey("x") ? x + (x == null ? "" : " (" + x.getClass().getSimpleName() + ")") : "(missing)";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @FunctionalInterface
    private interface Evaluation {
        Object run() throws ExpressionException;
    }
}
