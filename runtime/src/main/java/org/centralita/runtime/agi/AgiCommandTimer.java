package org.centralita.runtime.agi;

/**
 * Told how long each AGI command took, from the moment it was sent to the moment Asterisk's
 * reply was read (playback commands include the sound played): the runtime's metrics.
 */
@FunctionalInterface
public interface AgiCommandTimer {

    /** Tells nothing to no one. */
    AgiCommandTimer NONE = (command, nanos) -> { };

    /**
     * @param command the AGI command's name, such as {@code STREAM FILE} or {@code EXEC}
     * @param nanos   from sending it to reading its reply
     */
    void timed(String command, long nanos);
}
