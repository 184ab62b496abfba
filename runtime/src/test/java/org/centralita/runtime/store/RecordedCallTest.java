package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A call whose trace events are made when first asked for. */
class RecordedCallTest {

    @Test
    void shouldMakeTheEventsOnceWhenFirstAskedFor() {
        // given
        AtomicInteger made = new AtomicInteger();
        RecordedCall call = RecordedCall.later(SampleCalls.call("c-1", "n"), () -> {
            made.incrementAndGet();
            return SampleCalls.events("c-1");
        });

        // when
        List<CallEventRecord> first = call.events();
        List<CallEventRecord> second = call.events();

        // then
        assertThat(made).hasValue(1);
        assertThat(first).isSameAs(second).isEqualTo(SampleCalls.events("c-1"));
    }

    @Test
    void shouldKeepAnErrorEventWhenTheTraceCannotBeMade() {
        // given a trace whose JSON cannot be written
        RecordedCall call = RecordedCall.later(SampleCalls.call("c-2", "n"), () -> {
            throw new IllegalStateException("no JSON for this value");
        });

        // when
        List<CallEventRecord> events = call.events();

        // then the record can still be written and journaled, saying what happened
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo("error");
            assertThat(event.json()).isEqualTo(RecordedCall.UNMADE_TRACE);
        });
        assertThat(StoredTrace.of(events)).isEqualTo("[" + RecordedCall.UNMADE_TRACE + "]");
    }
}
