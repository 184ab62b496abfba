package org.centralita.runtime.engine;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The names an expression or a template sees, as a view of the running flow's variables with
 * {@code call} and any names added on top ({@code value} at an input): an expression reads two or
 * three names, so the variables are not copied for each one. Read it before the call assigns
 * again: it sees the variables as they are when read. Names added with {@link #put} hide a
 * variable of the same name, and {@code call} hides one too.
 */
final class Names extends AbstractMap<String, Object> {

    static final String CALL = "call";

    private final Map<String, Object> variables;
    private final Map<String, Object> callData;
    private Map<String, Object> added;

    Names(Map<String, Object> variables, Map<String, Object> callData) {
        this.variables = variables;
        this.callData = callData;
    }

    @Override
    public Object get(Object name) {
        if (added != null && added.containsKey(name)) {
            return added.get(name);
        }
        return CALL.equals(name) ? callData : variables.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return (added != null && added.containsKey(name)) || CALL.equals(name) || variables.containsKey(name);
    }

    @Override
    public Object put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Object before = get(name);
        if (added == null) {
            added = new HashMap<>(4);
        }
        added.put(name, value);
        return before;
    }

    @Override
    public int size() {
        return all().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return all().entrySet();
    }

    /** Every name with its value, for the few readers that go through them all (the CRM path). */
    private Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>(variables);
        all.put(CALL, callData);
        if (added != null) {
            all.putAll(added);
        }
        return Collections.unmodifiableMap(all);
    }
}
