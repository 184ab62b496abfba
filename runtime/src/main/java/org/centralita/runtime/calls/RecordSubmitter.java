package org.centralita.runtime.calls;

import java.util.List;
import java.util.function.Supplier;
import org.centralita.runtime.store.CallEventRecord;
import org.centralita.runtime.store.CallRecord;

/**
 * Where a finished call's record goes: the {@link org.centralita.runtime.store.RecordWriter}
 * ({@code writer::submitLater}), which returns at once and never throws. The trace events are
 * given as a supplier, made when the record is written (off the call's thread).
 */
@FunctionalInterface
public interface RecordSubmitter {

    /** Keeps nothing (a runtime without a records store). */
    RecordSubmitter NONE = (call, events) -> { };

    void submit(CallRecord call, Supplier<List<CallEventRecord>> events);
}
