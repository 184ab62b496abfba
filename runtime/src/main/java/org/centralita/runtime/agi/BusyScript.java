package org.centralita.runtime.agi;

import java.util.function.BiConsumer;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;

/**
 * Answers a call beyond max-calls at once: CENTRALITA_STATUS=BUSY, so the dialplan falls back;
 * then tells the listener the call's id and the flow it asked for (the reports' rejected calls).
 */
final class BusyScript implements AgiScript, MappingStrategy {

    private volatile BiConsumer<String, String> refused = (callId, flowId) -> { };

    /** Told of each call answered BUSY, with its id (Asterisk's uniqueid) and flow id (null when none). */
    void onRefused(BiConsumer<String, String> listener) {
        refused = listener;
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        return this;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        channel.setVariable("CENTRALITA_CALL_ID", request.getUniqueId());
        channel.setVariable("CENTRALITA_STATUS", CallStatus.BUSY.name());
        refused.accept(request.getUniqueId(), CentralitaAgiScript.flowId(request.getScript()));
    }
}
