package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.centralita.runtime.channel.Handoff;
import org.junit.jupiter.api.Test;

class HandoffVariablesTest {

    @Test
    void shouldGiveTheDialplanEveryQueueVariableOfTheContract() {
        Map<String, String> variables = HandoffVariables.of(new Handoff.Queue("card-services", 10,
                Duration.ofMinutes(3), false, Map.of("account", "12345678", "card-network", "visa")));

        assertThat(variables).containsEntry("CENTRALITA_QUEUE", "card-services")
                .containsEntry("CENTRALITA_PRIORITY", "10").containsEntry("QUEUE_PRIO", "10")
                .containsEntry("CENTRALITA_TIMEOUT", "180").containsEntry("CENTRALITA_ANNOUNCE_POSITION", "no")
                .containsEntry("__CENTRALITA_CTX_ACCOUNT", "12345678")
                .containsEntry("__CENTRALITA_CTX_CARD_NETWORK", "visa");
    }

    @Test
    void shouldAskTheDialplanToAnnounceThePlaceInLineWhenTheNodeSaysSo() {
        Map<String, String> variables = HandoffVariables.of(new Handoff.Queue("support", 0, null, true, Map.of()));

        assertThat(variables).containsEntry("CENTRALITA_ANNOUNCE_POSITION", "yes");
    }

    @Test
    void shouldLeaveTheTimeoutEmptyWhenTheQueueNodeGivesNone() {
        // a queue node without timeout: Queue() then waits as the queue's own settings say
        Map<String, String> variables = HandoffVariables.of(new Handoff.Queue("support", 0, null, false, Map.of()));

        assertThat(variables).containsEntry("CENTRALITA_TIMEOUT", "").containsEntry("CENTRALITA_QUEUE", "support");
    }

    @Test
    void shouldGiveTheDialplanATransfersTargetAndRingTime() {
        Map<String, String> variables = HandoffVariables.of(new Handoff.Transfer("+18005550142", Duration.ofSeconds(20)));

        assertThat(variables).containsExactly(Map.entry("CENTRALITA_TARGET", "+18005550142"),
                Map.entry("CENTRALITA_TIMEOUT", "20"));
    }

    @Test
    void shouldNameEachContextKeyWithOnlyLettersDigitsAndUnderscores() {
        assertThat(HandoffVariables.variableName("card-network")).isEqualTo("CARD_NETWORK");
        assertThat(HandoffVariables.variableName("vip_level2")).isEqualTo("VIP_LEVEL2");
        assertThat(HandoffVariables.variableName("año fiscal")).isEqualTo("A_O_FISCAL");
        assertThat(HandoffVariables.variableName("x\uD83D\uDE00y")).as("one character outside the BMP").isEqualTo("X_Y");
        assertThat(HandoffVariables.variableName("")).isEmpty();
    }
}
