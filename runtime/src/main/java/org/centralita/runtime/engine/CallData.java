package org.centralita.runtime.engine;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The call data expressions read under {@code call}, as a read-only view of the call: an
 * expression reads one or two of its values, so none is worked out (nor the clock read) before
 * it is asked for. {@code now} is read once per view, as when the names were taken.
 */
final class CallData extends AbstractMap<String, Object> {

    private static final Set<String> KEYS = Set.of("id", "ani", "dnis", "language", "channel", "started", "now",
            "queues");

    private final Call call;
    private Map<String, Object> all;

    CallData(Call call) {
        this.call = call;
    }

    @Override
    public Object get(Object key) {
        return KEYS.contains(key) ? all().get(key) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return KEYS.contains(key);
    }

    @Override
    public int size() {
        return KEYS.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return all().entrySet();
    }

    private Map<String, Object> all() {
        if (all == null) {
            all = java.util.Collections.unmodifiableMap(call.callData());
        }
        return all;
    }
}
