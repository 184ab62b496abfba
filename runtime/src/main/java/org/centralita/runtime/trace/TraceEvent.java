package org.centralita.runtime.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of a call trace, as the contract lists them: its name, milliseconds since the call
 * started, the node involved (null for call-level events) and its other fields, in order. Values
 * are already masked where they are secret.
 */
public record TraceEvent(String event, long t, String node, Map<String, Object> fields) {

    public TraceEvent {
        // CallTrace's fields are immutable already: copied once more per event they would cost a map each
        fields = fields instanceof TraceFields ? fields : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A field's value, or null. */
    public Object get(String field) {
        return fields.get(field);
    }

    /** The event with every field, {@code event}, {@code t} and {@code node} first. */
    public Map<String, Object> asMap() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("event", event);
        all.put("t", t);
        if (node != null) {
            all.put("node", node);
        }
        all.putAll(fields);
        return all;
    }
}
