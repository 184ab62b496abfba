package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberDialingTest {

    @Test
    void shouldDialANumberThroughThePstnTrunkAsTheShippedDialplanDoes() {
        assertThat(NumberDialing.defaults().dialString("+18005550142")).isEqualTo("PJSIP/+18005550142@pstn-trunk");
    }

    @Test
    void shouldDialANumberThroughTheConfiguredTemplateAndAnEndpointAsItIs() {
        NumberDialing dahdi = new NumberDialing("DAHDI/g1/{number}");

        assertThat(dahdi.dialString("5550142")).isEqualTo("DAHDI/g1/5550142");
        assertThat(dahdi.dialString("PJSIP/fraud-desk")).isEqualTo("PJSIP/fraud-desk");
        assertThat(dahdi.dialString("Local/200@agents")).isEqualTo("Local/200@agents");
    }

    @Test
    void shouldTellWhyATemplateCannotDialANumber() {
        assertThat(NumberDialing.problem("PJSIP/pstn-trunk")).hasValueSatisfying(why -> assertThat(why)
                .isEqualTo("must hold {number} once, where the number goes, like PJSIP/{number}@pstn-trunk;"
                        + " was 'PJSIP/pstn-trunk'"));
        assertThat(NumberDialing.problem("{number}/{number}")).get().asString().startsWith("must hold {number} once");
        assertThat(NumberDialing.problem("{number}@pstn-trunk")).get().asString()
                .startsWith("must name a channel technology and trunk");
        assertThat(NumberDialing.problem("PJSIP/{number}@pstn-trunk,30,D(1)")).get().asString()
                .startsWith("must be one Dial() target, without ',' or spaces");
        assertThat(NumberDialing.problem("PJSIP/{number} @trunk")).isPresent();
        assertThat(NumberDialing.problem("SIP/gw/{number}")).isEmpty();
        assertThatThrownBy(() -> new NumberDialing("PJSIP/trunk")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("agi.dial-number must hold {number} once");
    }

    @Test
    void shouldTakeAsOneArgumentOnlyTextWithoutCommasOrControlCharacters() {
        assertThat(NumberDialing.isOneArgument("PJSIP/a&PJSIP/b")).isTrue();
        assertThat(NumberDialing.isOneArgument("+1800,30,D(1234)")).isFalse();
        assertThat(NumberDialing.isOneArgument("1234\nHANGUP")).isFalse();
        assertThat(NumberDialing.isOneArgument("")).isFalse();
    }
}
