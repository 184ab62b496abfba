package org.centralita.flows.executable;

/**
 * A flow variable at run time.
 *
 * @param type {@code text}, {@code digits}, {@code number}, {@code boolean} or {@code date}
 * @param initial the value it starts with (already converted to its type), or null
 * @param declaredNotSensitive whether the flow wrote {@code sensitive: false}: it never becomes
 *                             secret by holding a value computed from a secret
 */
public record VariableSpec(String name, String type, boolean sensitive, Object initial, boolean declaredNotSensitive) {

    public VariableSpec(String name, String type, boolean sensitive, Object initial) {
        this(name, type, sensitive, initial, false);
    }

    /** Whether a value computed from a secret makes this variable secret (a yes/no never does). */
    public boolean takesSecrecy() {
        return !sensitive && !declaredNotSensitive && !"boolean".equals(type);
    }
}
