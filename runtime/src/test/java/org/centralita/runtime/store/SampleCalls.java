package org.centralita.runtime.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Finished calls as the engine would submit them, with the PIN already masked. */
final class SampleCalls {

    static final Instant START = Instant.parse("2026-03-02T09:15:00Z");

    private SampleCalls() {
    }

    static CallRecord call(String callId, String node) {
        Instant started = START.plusSeconds(Math.abs(callId.hashCode() % 3600));
        return new CallRecord(callId, "bank-main", "3", node, "+34600111222", "900100200", "es",
                started, started.plusMillis(48_250), 48_250, "queue", "cards", "to-agent", null);
    }

    static List<CallEventRecord> events(String callId) {
        List<CallEventRecord> events = new ArrayList<>();
        events.add(event(0, 0, "start", null, "\"flow\":\"bank-main\",\"version\":\"3\",\"call\":\"" + callId + "\""));
        events.add(event(1, 5, "enter", "ask-pin", "\"type\":\"input\""));
        events.add(event(2, 9100, "input", "ask-pin", "\"mode\":\"dtmf\",\"value\":\"***\""));
        events.add(event(3, 9150, "queue", "to-agent", "\"queue\":\"cards\",\"priority\":5,\"context\":{}"));
        events.add(event(4, 48_250, "end", null, "\"outcome\":\"queue\",\"duration_ms\":48250"));
        return events;
    }

    private static CallEventRecord event(int seq, long t, String name, String node, String fields) {
        String nodeField = node == null ? "" : ",\"node\":\"" + node + "\"";
        String json = "{\"event\":\"" + name + "\",\"t\":" + t + nodeField + "," + fields + "}";
        return new CallEventRecord(seq, t, name, node, json);
    }
}
