package org.centralita.runtime.engine;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code call.queues} as expressions see it: a read-only map from queue name to its state's
 * names, read from {@link QueueStates} only when an expression asks for a queue. Any name gives
 * a state (an unknown one when the runtime does not know the queue), so that
 * {@code call.queues.support.known} is false rather than an error for a queue not seen yet.
 */
final class QueueNames extends AbstractMap<String, Object> {

    private final QueueStates states;

    QueueNames(QueueStates states) {
        this.states = states;
    }

    @Override
    public Object get(Object queue) {
        return queue instanceof String name ? states.state(name).asNames() : null;
    }

    @Override
    public boolean containsKey(Object queue) {
        return queue instanceof String;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> entries = new LinkedHashSet<>();
        for (Map.Entry<String, QueueState> known : states.known().entrySet()) {
            entries.add(new SimpleImmutableEntry<>(known.getKey(), known.getValue().asNames()));
        }
        return entries;
    }
}
