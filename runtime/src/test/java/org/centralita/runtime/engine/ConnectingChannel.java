package org.centralita.runtime.engine;

import java.util.List;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.ForwardingChannel;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;

/**
 * A test channel around another: says whether it connects callers itself (as queue-mode agi
 * does), writes "hand-off" to {@code happenings} when a hand-off starts, and can have the caller
 * hang up during it (a caller who leaves while waiting in the queue).
 */
final class ConnectingChannel extends ForwardingChannel {

    private final boolean connects;
    private final boolean callerLeaves;
    private final List<String> happenings;

    ConnectingChannel(CallChannel channel, boolean connects, boolean callerLeaves, List<String> happenings) {
        super(channel);
        this.connects = connects;
        this.callerLeaves = callerLeaves;
        this.happenings = happenings;
    }

    @Override
    public HandoffResult handOff(Handoff handoff) {
        happenings.add("hand-off");
        if (callerLeaves) {
            throw new CallerHungUp();
        }
        return channel().handOff(handoff);
    }

    @Override
    public boolean connectsItself() {
        return connects;
    }
}
