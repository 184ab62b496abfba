package org.centralita.runtime.channel;

/**
 * A prompt the channel could not play while the caller is still there (its sound file does not
 * exist on the PBX, no voice speaks its language). The engine takes the node's error path: the
 * caller must never wait in silence for a menu they did not hear, and the trace never shows the
 * prompt as heard.
 */
public final class PromptNotPlayed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PromptNotPlayed(String message) {
        super(message, null, false, false);
    }
}
