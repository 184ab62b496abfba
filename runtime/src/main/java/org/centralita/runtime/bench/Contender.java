package org.centralita.runtime.bench;

import java.io.IOException;
import java.net.InetSocketAddress;

/** One FastAGI server under test for one phase: Centralita's runtime, or the hand-written script. */
abstract class Contender implements AutoCloseable {
    private final String name;
    private final ServerWork work;
    private final String acceptThread;

    /**
     * @param calls the load, which counts as "all held"
     * @param acceptThread the name of the thread its accept loop runs on (no call's thread, so counted apart)
     */
    Contender(String name, int calls, String acceptThread) {
        this.name = name;
        this.work = new ServerWork(calls);
        this.acceptThread = acceptThread;
    }

    /** The name in progress lines and the results table. */
    final String name() {
        return name;
    }

    /** Its calls held and its threads' work. */
    final ServerWork work() {
        return work;
    }

    /** CPU and allocations of its threads so far (read before {@link #close()}). */
    final ServerWork.Usage usage() {
        return work.usage(acceptThread);
    }

    /** Starts listening on loopback; returns where. */
    abstract InetSocketAddress start() throws IOException;

    @Override
    public abstract void close() throws InterruptedException;
}
