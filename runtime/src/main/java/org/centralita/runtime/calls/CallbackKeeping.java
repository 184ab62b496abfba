package org.centralita.runtime.calls;

import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.RecordRequest;
import org.centralita.runtime.channel.Recording;

/**
 * A call channel whose callback requests are taken by the runtime, not the PBX: the request is
 * kept in the call's record (its {@code callback} trace event: number and queue, outcome
 * {@code callback}) for whoever places callbacks, so the hand-off counts as delivered. Every
 * other operation goes to the channel as is.
 */
final class CallbackKeeping implements CallChannel {

    private final CallChannel channel;

    CallbackKeeping(CallChannel channel) {
        this.channel = channel;
    }

    @Override
    public HandoffResult handOff(Handoff handoff) {
        return handoff instanceof Handoff.Callback ? HandoffResult.DELIVERED : channel.handOff(handoff);
    }

    @Override
    public CallInfo info() {
        return channel.info();
    }

    @Override
    public void answer() {
        channel.answer();
    }

    @Override
    public Character play(Prompt prompt, String interruptKeys) {
        return channel.play(prompt, interruptKeys);
    }

    @Override
    public CallerInput collect(InputRequest request) {
        return channel.collect(request);
    }

    @Override
    public Recording record(RecordRequest request) {
        return channel.record(request);
    }

    @Override
    public void setVariable(String name, String value) {
        channel.setVariable(name, value);
    }

    @Override
    public void hangup() {
        channel.hangup();
    }
}
