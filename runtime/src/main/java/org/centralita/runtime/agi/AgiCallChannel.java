package org.centralita.runtime.agi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
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
 * The call channel of one FastAGI session: each operation becomes AGI commands sent through
 * Asterisk-Java (see docs/agi.md for the mapping). Used by one thread, the call's.
 */
public final class AgiCallChannel implements CallChannel {
    private final AgiLine line;
    private final CallInfo info;
    private final PromptPlayer player;
    private final DigitCollector digits;
    private final CallerRecorder recorder;
    private final HandoffRunner handoffs;
    private volatile boolean hangupAsked;
    /** Whether this session ran the last hand-off itself, over AGI, and it was delivered. */
    private boolean handedOverHere;

    public AgiCallChannel(AgiChannel channel, AgiRequest request, ChannelOptions options) {
        this.line = new AgiLine(channel, options.commandTimer());
        this.info = infoOf(request);
        this.player = new PromptPlayer(line, options.renderer());
        this.digits = new DigitCollector(line, player);
        this.recorder = new CallerRecorder(line, player, options.recordingDirectory(), info.id());
        this.handoffs = new HandoffRunner(line, options.queueMode(), new AgiQueue(line, player, info.language()),
                options.numberDialing());
    }

    static CallInfo infoOf(AgiRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (request.getParameterMap() != null) {
            request.getParameterMap().forEach((name, values) -> {
                if (values != null && values.length > 0) {
                    parameters.put(name, values[0]);
                }
            });
        }
        String[] args = request.getArguments() == null ? new String[0] : request.getArguments();
        for (int i = 0; i < args.length; i++) {
            parameters.put("arg" + (i + 1), args[i]);
        }
        return new CallInfo(request.getUniqueId(), known(request.getCallerIdNumber()), known(request.getDnid()),
                request.getLanguage(), request.getChannel(), parameters);
    }

    private static String known(String value) {
        return value == null || value.equals("unknown") ? "" : value;
    }

    @Override
    public CallInfo info() {
        return info;
    }

    @Override
    public void answer() {
        line.send(new AnswerCommand());
    }

    @Override
    public Character play(Prompt prompt, String interruptKeys) {
        return player.play(prompt, interruptKeys == null ? "" : interruptKeys);
    }

    @Override
    public CallerInput collect(InputRequest request) {
        if (request.speech()) {
            return recorder.utterance(request, digits);
        }
        return digits.collect(request);
    }

    @Override
    public Recording record(RecordRequest request) {
        return recorder.record(request);
    }

    @Override
    public HandoffResult handOff(Handoff handoff) {
        HandoffResult result = handoffs.handOff(handoff);
        handedOverHere = result == HandoffResult.DELIVERED && handoffs.runsOverAgi(handoff);
        return result;
    }

    /** In queue-mode agi the hand-off is EXEC Queue/Dial/VoiceMail: it returns once the conversation is over. */
    @Override
    public boolean connectsItself() {
        return handoffs.runsQueuesOverAgi();
    }

    @Override
    public void setVariable(String name, String value) {
        line.setVariable(name, value);
    }

    /**
     * Held until the session's status variables are set ({@link #hangUpIfAsked()}): the contract
     * wants CENTRALITA_STATUS on the channel before the call is cleared.
     */
    @Override
    public void hangup() {
        hangupAsked = true;
    }

    /** Sends the HANGUP the flow asked for, once the session's variables are written. */
    /**
     * What the dialplan is told: a hand-off this session already ran over AGI (the agent talked,
     * the transfer was answered, the message was left) is over, so the dialplan only hangs up
     * (HANGUP) rather than queueing, dialling or recording again. Its variables stay set.
     */
    CallResult toldToDialplan(CallResult result) {
        return handedOverHere && result.handoff() != null ? CallResult.hangup() : result;
    }

    void hangUpIfAsked() {
        if (hangupAsked) {
            line.send(new HangupCommand());
        }
    }

    @Override
    public String toString() {
        return "AgiCallChannel" + Arrays.asList(info.id(), info.channel());
    }
}
