package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When the spooler takes calls back from the writer's hand: a write that hangs, not the gathering before it. */
class StoreLaneTest {

    private static final long SPILL_AFTER_MILLIS = 1000;

    @Test
    void shouldLeaveCallsWithTheWriterWhileItsWriteIsYoungerThanTheSpillAfterTime() throws InterruptedException {
        // given a call the writer took after gathering for half the spill-after time
        StoreLane lane = new StoreLane(TimeUnit.MILLISECONDS.toNanos(SPILL_AFTER_MILLIS));
        assertThat(lane.offer(new RecordedCall(SampleCalls.call("c-1", "n"), SampleCalls.events("c-1")))).isTrue();
        List<StoreLane.Waiting> held = lane.take(DatabaseWriter.WRITE_BATCH, 0);
        assertThat(held).hasSize(1);

        // when its write has taken 700 ms (the call is 1.2 s old: older than the spill-after time)
        TimeUnit.MILLISECONDS.sleep(700);
        List<RecordedCall> back = new ArrayList<>();
        lane.takeBack(back);

        // then the writer keeps it: the store is writing, not hanging
        assertThat(back).isEmpty();

        // and once the write has taken longer than the spill-after time, the spooler takes it back
        TimeUnit.MILLISECONDS.sleep(500);
        lane.takeBack(back);
        assertThat(back).extracting(call -> call.call().callId()).containsExactly("c-1");
    }
}
