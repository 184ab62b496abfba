package org.centralita.runtime.agi.simulator;

/** What ended a wait inside a media command. */
sealed interface Happening {

    /** The deadline (end of the file, time-out) came first. */
    record Deadline(long at) implements Happening {
    }

    /** The caller released a key. */
    record Key(long at, long pressedAt, char digit) implements Happening {
    }

    /** The caller hung up. */
    record HungUp(long at) implements Happening {
    }

    /** Bytes (a new command, or EOF) arrived on the AGI socket. */
    record Input(long at) implements Happening {
    }
}
