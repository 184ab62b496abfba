package org.centralita.runtime.store;

import java.util.List;

/** One call waiting to be written: its summary and its trace events (a line of the journal). */
record RecordedCall(CallRecord call, List<CallEventRecord> events) {

    RecordedCall {
        events = List.copyOf(events);
    }
}
