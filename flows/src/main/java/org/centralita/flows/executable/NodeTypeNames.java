package org.centralita.flows.executable;

import java.util.Locale;

/**
 * The registry name of each executable node class ({@code MenuNode} is {@code menu}), worked out
 * once per class: a call's trace asks for it at every node it enters.
 */
final class NodeTypeNames {

    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> nodeClass) {
            String simple = nodeClass.getSimpleName();
            return simple.substring(0, simple.length() - "Node".length()).toLowerCase(Locale.ROOT);
        }
    };

    private NodeTypeNames() {
    }

    static String of(Class<?> nodeClass) {
        return NAMES.get(nodeClass);
    }
}
