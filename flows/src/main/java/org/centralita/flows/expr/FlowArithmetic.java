package org.centralita.flows.expr;

import java.math.MathContext;
import org.apache.commons.jexl3.JexlArithmetic;

/** JEXL's arithmetic with the regular-expression match of {@code =~} and {@code !~} in linear time. */
final class FlowArithmetic extends JexlArithmetic {

    FlowArithmetic(boolean strict) {
        super(strict);
    }

    FlowArithmetic(boolean strict, MathContext mathContext, int mathScale) {
        super(strict, mathContext, mathScale);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof CharSequence || container instanceof java.util.regex.Pattern)) {
            String regex = container instanceof java.util.regex.Pattern p ? p.pattern() : container.toString();
            return LinearRegex.matches(regex, value.toString());
        }
        return super.contains(container, value);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext mathContext, int mathScale) {
        return new FlowArithmetic(strict, mathContext, mathScale);
    }
}
