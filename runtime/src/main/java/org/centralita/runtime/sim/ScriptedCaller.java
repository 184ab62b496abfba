package org.centralita.runtime.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.InputRequest;

/**
 * A caller who follows a script ({@code simulate --keys}): one action per wait for input, and
 * who hangs up when the flow waits again after the script has run out.
 */
public final class ScriptedCaller extends SimulatedCaller {

    private final Deque<CallerAction> script;

    public ScriptedCaller(CallInfo info, List<CallerAction> script, HandoffPlan plan) {
        super(info, plan);
        this.script = new ArrayDeque<>(script);
    }

    @Override
    protected CallerAction nextAction(InputRequest request) {
        if (script.isEmpty()) {
            throw new CallerHungUp();
        }
        return script.removeFirst();
    }

    /** Actions not used by the call. */
    public int remaining() {
        return script.size();
    }
}
