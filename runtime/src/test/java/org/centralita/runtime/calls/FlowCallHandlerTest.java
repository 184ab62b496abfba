package org.centralita.runtime.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.centralita.runtime.agi.CallResult;
import org.centralita.runtime.agi.CallStatus;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.engine.CallEnd;
import org.centralita.runtime.engine.CallOutcome;
import org.junit.jupiter.api.Test;

/** What the dialplan is told for each way a flow can end. */
class FlowCallHandlerTest {

    private static final Handoff.Queue SALES = new Handoff.Queue("sales", 3, Duration.ofMinutes(2), false, Map.of());

    private static CallEnd end(CallOutcome outcome, Handoff handoff) {
        return new CallEnd(outcome, handoff, "last", Duration.ofSeconds(3), null);
    }

    @Test
    void shouldHandAQueueEndToTheDialplanWithItsQueue() {
        // when
        CallResult result = FlowCallHandler.resultOf(end(CallOutcome.QUEUE, SALES));

        // then
        assertThat(result).isEqualTo(CallResult.queue(SALES));
    }

    @Test
    void shouldTellHangupForCallerHangupsAndRegisteredCallbacks() {
        // when / then
        assertThat(FlowCallHandler.resultOf(end(CallOutcome.CALLER_HANGUP, null)).status()).isEqualTo(CallStatus.HANGUP);
        assertThat(FlowCallHandler.resultOf(end(CallOutcome.CALLBACK, new Handoff.Callback("+15550100", "sales")))
                .status()).isEqualTo(CallStatus.HANGUP);
    }

    @Test
    void shouldTellErrorWhenAHandOffEndHasNoHandOff() {
        // when / then
        assertThat(FlowCallHandler.resultOf(end(CallOutcome.TRANSFER, null)).status()).isEqualTo(CallStatus.ERROR);
        assertThat(FlowCallHandler.resultOf(end(CallOutcome.ERROR, null)).status()).isEqualTo(CallStatus.ERROR);
    }
}
