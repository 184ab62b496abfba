package org.centralita.runtime.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * What the record writer's two threads share: calls move forward only, memory → lane → database,
 * or memory → journal → database (and from the lane back to the journal when the store fails or hangs).
 *
 * @param memory calls submitted and not yet taken by the spooler
 * @param lane calls the spooler passed straight to the database writer
 * @param journal calls waiting on disk
 * @param counters what has happened so far
 * @param stop counted down when both threads must stop
 */
record WriterPipeline(BlockingQueue<RecordedCall> memory, StoreLane lane,
                      RecordJournal journal, WriterCounters counters, CountDownLatch stop) {

    static WriterPipeline of(int memoryCapacity, RecordJournal journal, java.time.Duration spillAfter) {
        return new WriterPipeline(new ArrayBlockingQueue<>(memoryCapacity), new StoreLane(spillAfter.toNanos()),
                journal, new WriterCounters(), new CountDownLatch(1));
    }
}
