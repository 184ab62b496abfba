package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.centralita.designer.runtime.CallsPeriod;
import org.junit.jupiter.api.Test;

/** The overlay's "last day": up to and including the current second, as the reports' exclusive end. */
class CallsPeriodTest {

    @Test
    void shouldEndTheLastDayAfterTheCurrentSecondSoThatTheCallsJustMadeAreIn() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:00:17.300Z"), ZoneOffset.UTC);

        CallsPeriod period = CallsPeriod.lastDays(1, clock);

        assertThat(period.to()).isEqualTo("2026-12-07T01:00:18Z");
        assertThat(period.from()).isEqualTo("2026-12-06T01:00:18Z");
    }
}
