package org.centralita.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random expressions, from the grammar flows write and from random characters: each parses to an
 * expression or a reported problem, and evaluates to a result, a reported problem or a budget
 * error, within the bound (issue 10). The seed is fixed, so a failure names an input that fails again.
 */
class ExpressionFuzzTest {

    private static final long SEED = 20261206L;
    private static final int EXPRESSIONS = 1500;
    private static final Duration BUDGET = Duration.ofMillis(50);

    private static final List<String> LEAVES = List.of("balance", "account", "vip", "name", "call.ani", "missing",
            "1", "0", "-3", "4000000000000L", "2.5", "1e9", "'9'", "\"abc\"", "''", "true", "false", "null",
            "[1, 2]", "{'a': 1}", "(1..5)", "~/(a+)+$/", "'(.*a){20}$'", "'" + "a".repeat(30) + "!'");
    private static final List<String> BINARY = List.of(" + ", " - ", " * ", " / ", " % ", " == ", " != ", " < ",
            " >= ", " && ", " || ", " =~ ", " !~ ", " =^ ", " =$ ", " ?: ", " ?? ");
    private static final List<String> METHODS = List.of("startsWith('1')", "endsWith('9')", "length()",
            "substring(1)", "toUpperCase()", "matches('(.*a){20}$')", "repeat(99999999)", "split(',')",
            "replace('a', 'bb')", "pow(99999)", "toArray()", "getClass()", "size()", "isEmpty()");
    private static final String CHARACTERS = "abc019 +-*/%=!<>&|~^$?:.,'\"()[]{}@#\\";

    private final Map<String, Object> names = Map.of("balance", new BigDecimal("1500.50"), "account", "12345678",
            "vip", true, "name", "a".repeat(2000) + "!", "call", Map.of("ani", "+34911234567"));

    @Test
    @Timeout(120)
    void shouldGiveAResultOrAReportedProblemForEveryRandomExpression() {
        Random random = new Random(SEED);
        int parsed = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            String source = random.nextInt(5) == 0 ? characters(random) : expression(random, 3);
            if (evaluates(source)) {
                parsed++;
            }
        }
        // the grammar's expressions mostly parse: the fuzz reaches evaluation, not only the parser
        assertThat(parsed).isGreaterThan(EXPRESSIONS / 3);
    }

    /** Whether {@code source} parsed; fails the test on anything but a result or a reported problem. */
    private boolean evaluates(String source) {
        Expression expression;
        try {
            expression = Expressions.parse(source);
        } catch (ExpressionException e) {
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            return fail("parsing '" + source + "' threw " + e, e);
        }
        try {
            expression.evaluate(names);
            expression.evaluateWithJexl(names, BUDGET);
        } catch (ExpressionException e) {
            assertThat(e.getMessage()).as(source).isNotBlank();
        } catch (RuntimeException | StackOverflowError e) {
            fail("evaluating '" + source + "' threw " + e, e);
        }
        return true;
    }

    private static String expression(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return pick(LEAVES, random);
        }
        return switch (random.nextInt(5)) {
            case 0 -> "(" + expression(random, depth - 1) + ")";
            case 1 -> "!" + expression(random, depth - 1);
            case 2 -> expression(random, depth - 1) + "." + pick(METHODS, random);
            case 3 -> expression(random, depth - 1) + " ? " + expression(random, depth - 1) + " : "
                    + expression(random, depth - 1);
            default -> expression(random, depth - 1) + pick(BINARY, random) + expression(random, depth - 1);
        };
    }

    private static String characters(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
