package org.centralita.runtime.channel;

/**
 * A call channel that hands every operation to another; subclasses change the few they need
 * (a new operation of {@link CallChannel} is forwarded here once, not forgotten in each wrapper).
 */
public abstract class ForwardingChannel implements CallChannel {

    private final CallChannel channel;

    protected ForwardingChannel(CallChannel channel) {
        this.channel = channel;
    }

    /** The channel operations go to. */
    protected final CallChannel channel() {
        return channel;
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
    public HandoffResult handOff(Handoff handoff) {
        return channel.handOff(handoff);
    }

    @Override
    public boolean connectsItself() {
        return channel.connectsItself();
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
