package org.centralita.runtime.agi;

import org.centralita.runtime.channel.CallChannel;

/**
 * Runs one call of the flow named in the FastAGI URL ({@code agi://host:port/<flow-id>}) on its
 * channel. Called concurrently from many AGI worker threads: implementations must be
 * thread-safe. Return {@link CallResult#notFound()} for a flow it does not serve; a
 * {@link org.centralita.runtime.channel.CallerHungUp} or any other exception escaping is
 * recorded as HANGUP or ERROR by the AGI script.
 */
@FunctionalInterface
public interface CallHandler {
    CallResult handle(String flowId, CallChannel channel);
}
