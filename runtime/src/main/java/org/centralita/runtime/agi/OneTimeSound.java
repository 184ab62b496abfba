package org.centralita.runtime.agi;

/**
 * A sound file made for one playing of a prompt that speaks a secret (a PIN read back): its
 * name is unguessable and {@link #close()} deletes it, so the audio never outlives the STREAM
 * FILE that plays it.
 *
 * @param name the file as STREAM FILE takes it (or its URL with media over HTTP)
 * @param discard deletes the file; must not throw
 */
public record OneTimeSound(String name, Runnable discard) implements AutoCloseable {

    @Override
    public void close() {
        discard.run();
    }
}
