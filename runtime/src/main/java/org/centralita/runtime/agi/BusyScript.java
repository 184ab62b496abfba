package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;

/** Answers a call beyond max-calls at once: CENTRALITA_STATUS=BUSY, so the dialplan falls back. */
final class BusyScript implements AgiScript, MappingStrategy {

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        return this;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        channel.setVariable("CENTRALITA_CALL_ID", request.getUniqueId());
        channel.setVariable("CENTRALITA_STATUS", CallStatus.BUSY.name());
    }
}
