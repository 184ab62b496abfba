package org.centralita.runtime.agi.simulator;

/** Starts the simulator's threads: daemons with small stacks, as a load run starts thousands of them. */
final class SimThreads {
    /** Plenty for a session (short lines, no deep recursion) and far below the JVM's 1 MB default. */
    private static final long STACK_BYTES = 256 * 1024;

    private SimThreads() {
    }

    static Thread start(String name, Runnable body) {
        Thread thread = new Thread(null, body, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
