package org.centralita.runtime.engine;

import java.time.Duration;
import java.util.Optional;
import org.centralita.runtime.channel.Handoff;

/**
 * How the engine's part of a call ended: the outcome, the hand-off made (queue, transfer,
 * voicemail, callback) when there was one, the node it ended at, and how long it took.
 *
 * @param handoff the hand-off delivered at the end, or null
 * @param node the node the call ended at, or null when it ended before any node
 * @param message why the call ended in error, or null
 */
public record CallEnd(CallOutcome outcome, Handoff handoff, String node, Duration duration, String message) {

    public Optional<Handoff> handoffMade() {
        return Optional.ofNullable(handoff);
    }
}
