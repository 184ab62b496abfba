package org.centralita.runtime.agi;

import java.util.List;

/**
 * The {@code agi} section of centralita.yaml, plus who runs queues.
 *
 * @param bind the address the FastAGI server listens on
 * @param port its port (0: any free port, for tests)
 * @param allow the PBX addresses allowed to connect; others are closed at once
 * @param maxCalls concurrent calls served; a call beyond them gets CENTRALITA_STATUS=BUSY
 * @param queueMode whether queue hand-offs return to the dialplan or run over AGI
 */
public record AgiSettings(String bind, int port, List<String> allow, int maxCalls, QueueMode queueMode) {

    public AgiSettings {
        allow = List.copyOf(allow);
        if (maxCalls < 1) {
            throw new IllegalArgumentException("agi.max-calls must be at least 1, was " + maxCalls);
        }
    }

    /** The contract's defaults: {bind: 127.0.0.1, port: 4573, allow: [127.0.0.1], max-calls: 2000}. */
    public static AgiSettings defaults() {
        return new AgiSettings("127.0.0.1", 4573, List.of("127.0.0.1"), 2000, QueueMode.DIALPLAN);
    }
}
