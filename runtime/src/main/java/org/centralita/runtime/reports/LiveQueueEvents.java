package org.centralita.runtime.reports;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.ManagerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps queue events as they arrive over the AMI link. The manager connection's reader thread
 * only hands the event over: the store is written on a thread of its own, so a slow database
 * never delays Asterisk-Java's dispatch (and so the queue state that flows read).
 */
public final class LiveQueueEvents implements ManagerEventListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveQueueEvents.class);

    private final QueueEventStore store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ami-queue-events");
        thread.setDaemon(true);
        return thread;
    });

    public LiveQueueEvents(QueueEventStore store) {
        this.store = store;
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        try {
            AmiQueueEvents.of(event).ifPresent(queueEvent -> writer.execute(() -> keep(queueEvent)));
        } catch (RuntimeException e) {
            LOG.warn("AMI: could not read the {} event; the queue_log import will bring it in",
                    event.getClass().getSimpleName(), e);
        }
    }

    private void keep(QueueEvent event) {
        try {
            store.keep(List.of(event));
        } catch (RuntimeException e) {
            LOG.warn("AMI: could not keep the {} event of queue {}; the queue_log import will bring it in",
                    event.kind(), event.queue(), e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
