package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VariableValuesTest {

    @Test
    void shouldTakeKeypadDigitsStarsAndHashesAsDigits() {
        assertThat(VariableValues.convert("account", "digits", " 0123*# ")).isEqualTo("0123*#");
        assertThat(VariableValues.convert("account", "digits", "")).isEqualTo("");
        assertThat(VariableValues.convert("account", "digits", new BigDecimal("42"))).isEqualTo("42");
    }

    @Test
    void shouldRefuseAnythingElseAsDigitsNamingTheVariable() {
        for (String notDigits : new String[] {"12a4", "+34600", "1 2", "١٢٣", "12.5"}) {
            assertThatThrownBy(() -> VariableValues.convert("account", "digits", notDigits)).as(notDigits)
                    .isInstanceOf(NodeFailure.class)
                    .hasMessage("variable 'account' is a digits, and '" + notDigits + "' is not one");
        }
    }

    @Test
    void shouldConvertNumbersAndLeaveNullUnset() {
        assertThat(VariableValues.convert("rounds", "number", "7")).isEqualTo(new BigDecimal("7"));
        assertThat(VariableValues.convert("rounds", "number", null)).isNull();
    }
}
