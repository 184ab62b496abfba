package org.centralita.flows.validate;

/**
 * The checks one node type needs beyond those the registry drives for every type (unknown and
 * missing keys, field kinds, outcome targets, see {@link NodeShapeCheck}). One class per type.
 */
interface NodeValidator {

    /** The registry name of the type this validator checks. */
    String type();

    /** Checks what only this type means; called after the generic checks, for a known type. */
    default void validate(NodeScope node) {
        // the generic checks cover types with nothing of their own
    }

    /** Whether a loop through this node waits for the caller (so it is not an endless loop). */
    default boolean waitsForCaller(NodeScope node) {
        return node.type().waitsForCaller();
    }

    /** Fields whose whole value this validator checks itself, instead of by their registry kind. */
    default java.util.Set<String> ownFields() {
        return java.util.Set.of();
    }

    /** Whether this node takes {@code key} although its type does not declare it. */
    default boolean acceptsKey(NodeScope node, String key) {
        return false;
    }

    /** A hint for a key the type does not take, better than a "did you mean"; "" for none. */
    default String unknownKeyHint(NodeScope node, String key) {
        return "";
    }
}
