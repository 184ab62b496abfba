package org.centralita.runtime.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A call channel with a simulated caller: prompts are heard at once, each wait for input (and
 * each recording) takes the caller's next action, hand-offs go as the plan says. Subclasses say where actions come from
 * (a script, the terminal). Keeps what happened for tests to look at.
 */
public abstract class SimulatedCaller implements CallChannel {

    private final CallInfo info;
    private final HandoffPlan plan;
    private final List<Handoff> handoffs = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private int recordings;
    private boolean hungUp;

    protected SimulatedCaller(CallInfo info, HandoffPlan plan) {
        this.info = info;
        this.plan = plan;
    }

    /**
     * The caller's next action at a wait for input, or while being recorded ({@code request}
     * null: whatever the action, the message ends).
     *
     * @throws org.centralita.runtime.channel.CallerHungUp when the caller has nothing more to do
     */
    protected abstract CallerAction nextAction(InputRequest request);

    @Override
    public CallInfo info() {
        return info;
    }

    @Override
    public void answer() {
        // A simulated call is answered from the start.
    }

    @Override
    public Character play(Prompt prompt, String interruptKeys) {
        return null;
    }

    @Override
    public CallerInput collect(InputRequest request) {
        CallerAction action = nextAction(request);
        if (action instanceof CallerAction.Press press) {
            return request.digits() ? keys(press.keys(), request) : new CallerInput.Silence();
        }
        if (action instanceof CallerAction.Say say) {
            return request.speech() ? new CallerInput.Words(say.words()) : new CallerInput.Silence();
        }
        if (action instanceof CallerAction.SayAudio audio) {
            return request.speech() ? new CallerInput.Utterance(audio.wav()) : new CallerInput.Silence();
        }
        return new CallerInput.Silence();
    }

    /** The keys as a phone collects them: up to a terminator (left out) or the most digits. */
    private static CallerInput keys(String pressed, InputRequest request) {
        StringBuilder keys = new StringBuilder();
        for (char key : pressed.toCharArray()) {
            if (request.terminators().indexOf(key) >= 0) {
                return new CallerInput.Digits(keys.toString(), true);
            }
            keys.append(key);
            if (keys.length() >= request.maxDigits()) {
                break;
            }
        }
        return new CallerInput.Digits(keys.toString(), false);
    }

    @Override
    public Recording record(RecordRequest request) {
        nextAction(null);
        recordings++;
        return new Recording("recordings/" + info.id() + "-" + recordings, Duration.ZERO);
    }

    @Override
    public HandoffResult handOff(Handoff handoff) {
        handoffs.add(handoff);
        if (handoff instanceof Handoff.Queue) {
            return plan.queue();
        }
        if (handoff instanceof Handoff.Transfer) {
            return plan.transfer();
        }
        return HandoffResult.DELIVERED;
    }

    /** A simulated hand-off is told as delivered at once, as the dialplan mode's is. */
    @Override
    public boolean connectsItself() {
        return false;
    }

    @Override
    public void setVariable(String name, String value) {
        variables.put(name, value);
    }

    @Override
    public void hangup() {
        hungUp = true;
    }

    /** The hand-offs the flow asked for, in order. */
    public List<Handoff> handoffs() {
        return List.copyOf(handoffs);
    }

    /** The channel variables the flow set. */
    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /** Whether the flow hung up. */
    public boolean flowHungUp() {
        return hungUp;
    }
}
