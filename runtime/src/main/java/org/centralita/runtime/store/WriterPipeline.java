package org.centralita.runtime.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * What the record writer's two threads share: calls move forward only, memory → hand-off → database,
 * or memory → journal → database.
 *
 * @param memory calls submitted and not yet taken by the spooler
 * @param handoff calls the spooler passed straight to the database writer
 * @param journal calls waiting on disk
 * @param counters what has happened so far
 * @param stop counted down when both threads must stop
 */
record WriterPipeline(BlockingQueue<RecordedCall> memory, BlockingQueue<RecordedCall> handoff,
                      RecordJournal journal, WriterCounters counters, CountDownLatch stop) {

    private static final int HANDOFF_CAPACITY = 64;

    static WriterPipeline of(int memoryCapacity, RecordJournal journal) {
        return new WriterPipeline(new ArrayBlockingQueue<>(memoryCapacity),
                new ArrayBlockingQueue<>(HANDOFF_CAPACITY), journal, new WriterCounters(), new CountDownLatch(1));
    }
}
