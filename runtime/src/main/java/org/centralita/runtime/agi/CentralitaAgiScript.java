package org.centralita.runtime.agi;

import java.util.regex.Pattern;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;
import org.centralita.runtime.channel.CallerHungUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one stateless, thread-safe AGI script (and the mapping strategy that always picks it):
 * takes the flow id from {@code agi://host:port/<flow-id>}, runs the call through the
 * {@link CallHandler} on an {@link AgiCallChannel}, and always leaves the contract's channel
 * variables behind: HANGUP when the caller went, ERROR on a failure, NOT_FOUND for no flow.
 */
public final class CentralitaAgiScript implements AgiScript, MappingStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(CentralitaAgiScript.class);
    /** The MDC key of the call id: the one the log pattern and the engine use. */
    static final String MDC_CALL_ID = "call";
    private static final Pattern QUERY = Pattern.compile("\\?.*$");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");

    private final CallHandler handler;
    private final ChannelOptions options;

    public CentralitaAgiScript(CallHandler handler, ChannelOptions options) {
        this.handler = handler;
        this.options = options;
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        return this;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String callId = request.getUniqueId();
        MDC.put(MDC_CALL_ID, callId);
        try {
            String flowId = flowId(request.getScript());
            AgiCallChannel call = new AgiCallChannel(channel, request, options);
            CallResult result = flowId == null ? CallResult.notFound() : call.toldToDialplan(run(flowId, call));
            LOG.info("call for flow '{}' ended: {}", flowId, result.status());
            SessionVariables.write(new AgiLine(channel, options.commandTimer()), result, callId);
            hangUp(call);
        } finally {
            MDC.remove(MDC_CALL_ID);
        }
    }

    private static void hangUp(AgiCallChannel call) {
        try {
            call.hangUpIfAsked();
        } catch (CallerHungUp | AgiCommandFailed e) {
            LOG.debug("the caller was gone before the flow's hang-up");
        }
    }

    private CallResult run(String flowId, AgiCallChannel call) {
        try {
            CallResult result = handler.handle(flowId, call);
            return result == null ? CallResult.error() : result;
        } catch (CallerHungUp e) {
            return CallResult.hangup();
        } catch (RuntimeException e) {
            LOG.error("call for flow '{}' failed", flowId, e);
            return CallResult.error();
        }
    }

    /** {@code bank-main} from the script part {@code bank-main?x=1} or {@code /bank-main}; null when none. */
    static String flowId(String script) {
        if (script == null) {
            return null;
        }
        String path = LEADING_SLASHES.matcher(QUERY.matcher(script).replaceFirst("")).replaceFirst("");
        return path.isBlank() ? null : path;
    }
}
