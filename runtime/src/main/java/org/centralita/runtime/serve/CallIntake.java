package org.centralita.runtime.serve;

/**
 * Where calls come in (the FastAGI server): started after the flows are loaded, told to stop
 * taking calls first when the runtime shuts down, closed once live calls are drained.
 */
public interface CallIntake extends AutoCloseable {

    /** Starts taking calls; returns where it listens, for the start-up log. */
    String start();

    /** Refuses new calls from now on; calls in progress continue. */
    void stopAccepting();

    @Override
    void close();
}
