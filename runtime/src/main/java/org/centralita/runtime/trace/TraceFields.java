package org.centralita.runtime.trace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A trace event's fields in the order written, held as the name/value pairs {@link CallTrace}
 * passes: immutable, so an event keeps them without a copy (a call writes about a hundred events).
 */
final class TraceFields extends AbstractMap<String, Object> {

    private final Object[] pairs;

    /** {@code pairs}: name, value, name, value...; the array is not copied and must not change. */
    TraceFields(Object... pairs) {
        this.pairs = pairs;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>((String) pairs[next], pairs[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return pairs.length / 2;
            }
        };
    }
}
