package org.centralita.runtime.calls;

import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.ForwardingChannel;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/**
 * A call channel whose callback requests are taken by the runtime, not the PBX: the request is
 * kept in the call's record (its {@code callback} trace event: number and queue, outcome
 * {@code callback}) for whoever places callbacks, so the hand-off counts as delivered. Every
 * other operation goes to the channel as is.
 */
final class CallbackKeeping extends ForwardingChannel {

    CallbackKeeping(CallChannel channel) {
        super(channel);
    }

    @Override
    public HandoffResult handOff(Handoff handoff) {
        return handoff instanceof Handoff.Callback ? HandoffResult.DELIVERED : channel().handOff(handoff);
    }
}
