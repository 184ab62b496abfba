package org.centralita.runtime.channel;

import java.util.Map;

/**
 * What the channel knows about the call when it arrives.
 *
 * @param id the call's unique id (Asterisk's uniqueid, or one made by the simulator)
 * @param ani the caller's number ("" when withheld)
 * @param dnis the number dialled ("" when unknown)
 * @param language the channel's language tag, or {@code null} to use the flow's default
 * @param channel the technology channel name (for example {@code SIP/100-0000001a})
 * @param parameters extra request parameters (the FastAGI query string and arguments)
 */
public record CallInfo(String id, String ani, String dnis, String language, String channel,
                       Map<String, String> parameters) {
    public CallInfo {
        parameters = Map.copyOf(parameters);
    }
}
