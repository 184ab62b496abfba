package org.centralita.speech.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out once for a key, remembered so that the work is not done again on a call's
 * path (a language tag's route, a grammar converted, a constant prompt rendered), for at most
 * {@code most} keys: past that the memo starts again empty, so that keys never seen again (flows
 * republished, languages asked once) cannot grow it without end. Two threads asking for a new key
 * at once may both work it out; either answer is kept.
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final int most;

    public BoundedMemo(int most) {
        this.most = most;
    }

    /** The value remembered for {@code key}, else {@code compute}'s, remembered (null is not remembered). */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = known.get(key);
        if (value != null) {
            return value;
        }
        if (known.size() >= most) {
            known.clear();
        }
        value = compute.apply(key);
        if (value != null) {
            known.put(key, value);
        }
        return value;
    }

    /** How many keys are remembered now. */
    public int size() {
        return known.size();
    }
}
