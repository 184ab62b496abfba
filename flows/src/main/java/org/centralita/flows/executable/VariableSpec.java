package org.centralita.flows.executable;

/**
 * A flow variable at run time.
 *
 * @param type {@code text}, {@code digits}, {@code number}, {@code boolean} or {@code date}
 * @param initial the value it starts with (already converted to its type), or null
 */
public record VariableSpec(String name, String type, boolean sensitive, Object initial) {
}
