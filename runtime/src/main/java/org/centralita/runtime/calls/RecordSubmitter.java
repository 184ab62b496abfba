package org.centralita.runtime.calls;

import java.util.List;
import org.centralita.runtime.store.CallEventRecord;
import org.centralita.runtime.store.CallRecord;

/**
 * Where a finished call's record goes: the {@link org.centralita.runtime.store.RecordWriter}
 * ({@code writer::submit}), which returns at once and never throws.
 */
@FunctionalInterface
public interface RecordSubmitter {

    /** Keeps nothing (a runtime without a records store). */
    RecordSubmitter NONE = (call, events) -> { };

    void submit(CallRecord call, List<CallEventRecord> events);
}
